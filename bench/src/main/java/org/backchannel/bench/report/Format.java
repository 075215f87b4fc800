package org.backchannel.bench.report;

import java.util.Locale;

/** Numbers as the tables show them. */
public final class Format {

    private Format() {
    }

    /** Milliseconds: one decimal below 100, whole above. */
    public static String ms(double millis) {
        if (Double.isNaN(millis)) {
            return "–";
        }
        return millis < 100 ? String.format(Locale.ROOT, "%.1f", millis) : String.format(Locale.ROOT, "%,.0f", millis);
    }

    public static String ratio(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }

    public static String number(double value, int decimals) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    public static String mebibytes(long bytes) {
        return String.format(Locale.ROOT, "%,.0f MB", bytes / 1024.0 / 1024.0);
    }
}
