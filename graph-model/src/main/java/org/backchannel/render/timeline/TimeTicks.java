package org.backchannel.render.timeline;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ticks of the time axis for what is on the surface: years, and months or days where the axis gives
 * them room, which with the compressed axis can differ from one stretch to the next (decades in the 1970s,
 * days in January 2022, on one axis).
 */
final class TimeTicks {

    /** A year label needs this much room. */
    private static final double YEAR_ROOM = 40;
    private static final double MONTH_ROOM = 30;
    private static final double MONTH_TICK_ROOM = 7;
    private static final double DAY_ROOM = 18;
    private static final int[] YEAR_STEPS = {1, 2, 5, 10, 20, 50, 100, 500, 1000};
    /** Looked up once: {@code Month.getDisplayName} builds a formatter on every call. */
    private static final String[] MONTHS = java.util.Arrays.stream(java.time.Month.values())
            .map(m -> m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).toArray(String[]::new);

    enum Level { YEAR, MONTH, DAY }

    /** A tick at {@code x}; {@code label} empty for an unlabelled one. */
    record Tick(double x, Level level, String label) {
    }

    private TimeTicks() {
    }

    static List<Tick> of(TimeScale scale, TimelineFrame frame) {
        List<Tick> ticks = new ArrayList<>();
        double first = Math.max(frame.day(scale, frame.plotLeft()), LocalDate.of(1, 1, 1).toEpochDay());
        double last = Math.min(frame.day(scale, frame.plotRight()), LocalDate.of(9999, 1, 1).toEpochDay());
        int fromYear = LocalDate.ofEpochDay((long) Math.floor(first)).getYear();
        int toYear = LocalDate.ofEpochDay((long) Math.floor(last)).getYear();
        double lastLabelEnd = Double.NEGATIVE_INFINITY;
        for (int year = fromYear; year <= toYear; year++) {
            double x = frame.x(scale, LocalDate.of(year, 1, 1).toEpochDay());
            double next = frame.x(scale, LocalDate.of(year + 1, 1, 1).toEpochDay());
            double width = next - x;
            if (width < 0.5) {
                continue;
            }
            int step = YEAR_STEPS[YEAR_STEPS.length - 1];
            for (int s : YEAR_STEPS) {
                if (width * s >= YEAR_ROOM) {
                    step = s;
                    break;
                }
            }
            boolean labelled = year % step == 0 && x >= lastLabelEnd;
            ticks.add(new Tick(x, Level.YEAR, labelled ? Integer.toString(year) : ""));
            if (labelled) {
                lastLabelEnd = x + YEAR_ROOM;
            }
            if (width >= 12 * MONTH_TICK_ROOM) {
                months(scale, frame, year, !labelled, ticks);
            }
        }
        return ticks;
    }

    /** @param nameYear the year has no label of its own: the first month named says which year it is in */
    private static void months(TimeScale scale, TimelineFrame frame, int year, boolean nameYear, List<Tick> ticks) {
        boolean yearNamed = !nameYear;
        for (int month = 1; month <= 12; month++) {
            LocalDate start = LocalDate.of(year, month, 1);
            double x = frame.x(scale, start.toEpochDay());
            double next = frame.x(scale, start.plusMonths(1).toEpochDay());
            if (next < frame.plotLeft() || x > frame.plotRight()) {
                continue;
            }
            double width = next - x;
            if (month > 1 && width >= MONTH_TICK_ROOM) {
                String label = width >= MONTH_ROOM ? MONTHS[month - 1] : "";
                if (!label.isEmpty() && !yearNamed && x >= frame.plotLeft()) {
                    label += " " + year;
                    yearNamed = true;
                }
                ticks.add(new Tick(x, Level.MONTH, label));
            }
            if (width >= 4 * DAY_ROOM) {
                days(scale, frame, start, width, ticks);
            }
        }
    }

    /** Every day when there is room, else the 1st, 8th, 15th and 22nd (weeks of a sort that never straddle a month). */
    private static void days(TimeScale scale, TimelineFrame frame, LocalDate month, double monthWidth, List<Tick> ticks) {
        int length = month.lengthOfMonth();
        boolean everyDay = monthWidth / length >= DAY_ROOM;
        for (int day = 2; day <= length; day++) {
            if (!everyDay && (day - 1) % 7 != 0) {
                continue;
            }
            double x = frame.x(scale, month.withDayOfMonth(day).toEpochDay());
            if (x >= frame.plotLeft() && x <= frame.plotRight()) {
                ticks.add(new Tick(x, Level.DAY, Integer.toString(day)));
            }
        }
    }
}
