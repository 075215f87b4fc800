package org.backchannel.app.channels;

import java.util.List;
import org.backchannel.model.PartialDate;
import org.backchannel.model.TimeSpan;
import org.backchannel.model.YearRange;

/**
 * One time axis for every channel of an answer, in whole years, so that bars drawn one under another
 * can be read side by side: the era when one is chosen, else the first to the last year any span names.
 * A span still running reaches the axis's end.
 */
public record YearAxis(int from, int to) {

    public YearAxis {
        to = Math.max(to, from);
    }

    static YearAxis over(List<TimeSpan> spans, YearRange era) {
        if (era != null && era.to() < PartialDate.MAX_YEAR) {
            return new YearAxis(era.from(), era.to());
        }
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (TimeSpan span : spans) {
            for (PartialDate date : new PartialDate[] {span.start(), span.end()}) {
                if (date != null) {
                    first = Math.min(first, date.year());
                    last = Math.max(last, date.year());
                }
            }
        }
        return first == Integer.MAX_VALUE ? new YearAxis(0, 0) : new YearAxis(first, last);
    }

    /** Where a span's bar starts and ends, as fractions of the axis (0 to 1); null when it is undated or off the axis. */
    public double[] bar(TimeSpan span) {
        if (span == null || !span.isDated()) {
            return null;
        }
        YearRange years = span.years().orElseThrow();
        if (years.to() < from || years.from() > to) {
            return null;
        }
        double width = to - from + 1;
        double start = (Math.max(years.from(), from) - from) / width;
        double end = (Math.min(years.to(), to) + 1 - from) / width;
        return new double[] {start, end};
    }

    @Override
    public String toString() {
        return from == to ? Integer.toString(from) : from + "–" + to;
    }
}
