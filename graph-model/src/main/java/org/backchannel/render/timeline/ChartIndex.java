package org.backchannel.render.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Lookups a frame needs that depend only on the chart: the bars of each lane, where the next bar on the same
 * row begins (a bar's name may run on until there), and the markers on each lane. Worked out once per chart,
 * so that a frame costs what is on the surface, not what the chart holds: 50,000 exchanges and 20,000 bars
 * are mostly off-screen while the analyst pans.
 */
final class ChartIndex {

    private final TimelineChart chart;
    /** Bar indexes grouped by lane: lane {@code l}'s are {@code bars[barStart[l]] … bars[barStart[l + 1] - 1]}. */
    final int[] bars;
    final int[] barStart;
    /** For each bar, the first day of the next bar on its lane and row; {@link Long#MAX_VALUE} for none. */
    final long[] nextOnRow;
    /** Marker indexes of each lane, in time order. */
    final int[][] markersOfLane;

    private ChartIndex(TimelineChart chart) {
        this.chart = chart;
        int lanes = chart.lanes().size();
        List<ChartBar> all = chart.bars();
        Integer[] order = new Integer[all.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // By lane, then row, then start: the next bar on a row is the next index of the same lane and row.
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> all.get(i).lane()).thenComparingInt(i -> all.get(i).row())
                .thenComparingLong(i -> all.get(i).when().from()).thenComparingInt(i -> i));
        bars = new int[order.length];
        barStart = new int[lanes + 1];
        nextOnRow = new long[order.length];
        for (int k = 0; k < order.length; k++) {
            bars[k] = order[k];
            barStart[all.get(order[k]).lane() + 1]++;
            ChartBar bar = all.get(order[k]);
            boolean sameRowNext = k + 1 < order.length && all.get(order[k + 1]).lane() == bar.lane()
                    && all.get(order[k + 1]).row() == bar.row();
            nextOnRow[order[k]] = sameRowNext ? all.get(order[k + 1]).when().from() : Long.MAX_VALUE;
        }
        for (int l = 0; l < lanes; l++) {
            barStart[l + 1] += barStart[l];
        }
        List<List<Integer>> byLane = new ArrayList<>(lanes);
        for (int l = 0; l < lanes; l++) {
            byLane.add(new ArrayList<>());
        }
        for (int m = 0; m < chart.markers().size(); m++) {
            for (int lane : chart.markers().get(m).lanes()) {
                byLane.get(lane).add(m);
            }
        }
        markersOfLane = new int[lanes][];
        for (int l = 0; l < lanes; l++) {
            markersOfLane[l] = byLane.get(l).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** The index of this chart: the one given if it is of the chart, else a new one. */
    static ChartIndex of(TimelineChart chart, ChartIndex previous) {
        return previous != null && previous.chart == chart ? previous : new ChartIndex(chart);
    }

    /** The markers on lanes first … last, each once, in time order. */
    int[] markersOn(int first, int last) {
        int count = 0;
        for (int l = first; l <= last; l++) {
            count += markersOfLane[l].length;
        }
        int[] found = new int[count];
        int k = 0;
        for (int l = first; l <= last; l++) {
            for (int m : markersOfLane[l]) {
                found[k++] = m;
            }
        }
        Arrays.sort(found);
        int unique = 0;
        for (int i = 0; i < found.length; i++) {
            if (i == 0 || found[i] != found[i - 1]) {
                found[unique++] = found[i];
            }
        }
        return Arrays.copyOf(found, unique);
    }
}
