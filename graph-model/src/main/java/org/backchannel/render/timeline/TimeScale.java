package org.backchannel.render.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * The chart's time axis: days to a position {@code u} from 0 (the first day drawn) to 1 (the last).
 *
 * <p>Linear time would give the dense weeks of a crisis a sliver of the width and the empty decades
 * around them most of it. So the axis does two things, both marked on it: a stretch longer than
 * {@value #MIN_GAP_YEARS} years (and than {@value #GAP_SHARE} of the whole) in which nothing begins,
 * ends or happens is cut down to a narrow break; and the width left is shared half by time and half by
 * how much happens, each dated thing counted once and spread over the days it may mean (a year-only
 * date spreads over its year). Inside any stretch the axis stays monotone and piecewise linear, so a
 * later date is always further right and ticks can say where each year, month or day falls.
 */
public final class TimeScale {

    static final int MIN_GAP_YEARS = 3;
    static final double GAP_SHARE = 0.05;
    /** The share of the width given by how much happens rather than by how long it lasts. */
    static final double EVENT_SHARE = 0.5;
    /** The width of each break, as a share of the axis. */
    static final double BREAK_SHARE = 0.02;
    private static final double YEAR_DAYS = 365.25;

    /** A stretch cut out of the axis because nothing happens in it. */
    public record Break(long from, long to) {
    }

    private final long[] days;
    private final double[] us;
    private final List<Break> breaks;

    private TimeScale(long[] days, double[] us, List<Break> breaks) {
        this.days = days;
        this.us = us;
        this.breaks = List.copyOf(breaks);
    }

    /** The axis over these dated moments (the dates things begin, end or happen on). */
    public static TimeScale of(List<DayRange> moments) {
        if (moments.isEmpty()) {
            return new TimeScale(new long[] {0, 366}, new double[] {0, 1}, List.of());
        }
        List<DayRange> sorted = new ArrayList<>(moments);
        sorted.sort(Comparator.comparingLong(DayRange::from).thenComparingLong(DayRange::to));
        long first = sorted.get(0).from();
        long last = sorted.stream().mapToLong(DayRange::to).max().orElseThrow();
        long pad = Math.max(15, (last - first) / 60);
        long lo = first - pad;
        long hi = last + pad;
        List<Break> breaks = breaks(sorted, hi - lo);
        // How densely dated moments fall: +1/length where one starts, -1/length where it ends.
        TreeMap<Long, Double> density = new TreeMap<>();
        density.put(lo, 0.0);
        density.put(hi, 0.0);
        for (DayRange moment : sorted) {
            density.merge(moment.from(), 1.0 / moment.days(), Double::sum);
            density.merge(moment.to(), -1.0 / moment.days(), Double::sum);
        }
        for (Break cut : breaks) {
            density.putIfAbsent(cut.from(), 0.0);
            density.putIfAbsent(cut.to(), 0.0);
        }
        long[] days = density.keySet().stream().mapToLong(Long::longValue).toArray();
        double[] time = new double[days.length - 1];
        double[] events = new double[days.length - 1];
        boolean[] cut = new boolean[days.length - 1];
        double level = 0;
        double totalTime = 0;
        double totalEvents = 0;
        int b = 0;
        for (int i = 0; i + 1 < days.length; i++) {
            level += density.get(days[i]);
            while (b < breaks.size() && breaks.get(b).to() <= days[i]) {
                b++;
            }
            cut[i] = b < breaks.size() && breaks.get(b).from() <= days[i];
            long length = days[i + 1] - days[i];
            time[i] = cut[i] ? 0 : length;
            events[i] = cut[i] ? 0 : Math.max(0, level) * length;
            totalTime += time[i];
            totalEvents += events[i];
        }
        double free = 1 - breaks.size() * BREAK_SHARE;
        double[] share = new double[days.length - 1];
        double sum = 0;
        for (int i = 0; i < share.length; i++) {
            if (cut[i]) {
                share[i] = BREAK_SHARE;
            } else {
                double byTime = totalTime > 0 ? time[i] / totalTime : 0;
                double byEvents = totalEvents > 0 ? events[i] / totalEvents : byTime;
                share[i] = free * ((1 - EVENT_SHARE) * byTime + EVENT_SHARE * byEvents);
            }
            sum += share[i];
        }
        double[] us = new double[days.length];
        for (int i = 0; i < share.length; i++) {
            us[i + 1] = us[i] + share[i] / sum;
        }
        us[us.length - 1] = 1;
        return new TimeScale(days, us, breaks);
    }

    /** Gaps between busy stretches long enough to cut, each keeping a margin of linear time at both ends. */
    private static List<Break> breaks(List<DayRange> sorted, long whole) {
        double minGap = Math.max(MIN_GAP_YEARS * YEAR_DAYS, GAP_SHARE * whole);
        List<Break> breaks = new ArrayList<>();
        long busyUntil = sorted.get(0).to();
        for (DayRange moment : sorted) {
            long gap = moment.from() - busyUntil;
            if (gap > minGap) {
                long margin = Math.min(365, gap / 12);
                breaks.add(new Break(busyUntil + margin, moment.from() - margin));
            }
            busyUntil = Math.max(busyUntil, moment.to());
        }
        return breaks;
    }

    /** The first day drawn (a little before the first moment). */
    public long firstDay() {
        return days[0];
    }

    /** The day after the last one drawn. */
    public long lastDay() {
        return days[days.length - 1];
    }

    public List<Break> breaks() {
        return breaks;
    }

    /** Where a day falls, 0 at {@link #firstDay()} and 1 at {@link #lastDay()}; beyond them, at the mean rate. */
    public double u(double day) {
        if (day <= days[0]) {
            return (day - days[0]) / (lastDay() - firstDay());
        }
        if (day >= lastDay()) {
            return 1 + (day - lastDay()) / (lastDay() - firstDay());
        }
        int i = Arrays.binarySearch(days, (long) Math.floor(day));
        i = i >= 0 ? i : -i - 2;
        double t = (day - days[i]) / (days[i + 1] - days[i]);
        return us[i] + t * (us[i + 1] - us[i]);
    }

    /** The day at position {@code u}: the inverse of {@link #u(double)}. */
    public double day(double u) {
        if (u <= 0) {
            return days[0] + u * (lastDay() - firstDay());
        }
        if (u >= 1) {
            return lastDay() + (u - 1) * (lastDay() - firstDay());
        }
        int i = Arrays.binarySearch(us, u);
        i = i >= 0 ? Math.min(i, us.length - 2) : -i - 2;
        while (i < us.length - 2 && us[i + 1] == us[i]) {
            i++;
        }
        double width = us[i + 1] - us[i];
        double t = width > 0 ? (u - us[i]) / width : 0;
        return days[i] + t * (days[i + 1] - days[i]);
    }

    /** Whether a day lies in a break. */
    public boolean inBreak(double day) {
        for (Break cut : breaks) {
            if (day >= cut.from() && day < cut.to()) {
                return true;
            }
        }
        return false;
    }
}
