package org.backchannel.render.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Stacks the bars of each lane into rows so that bars that overlap in time (with their labels' room) never share one. */
final class BarRows {

    /** Bars closer than this (in days) on one row would run their labels together. */
    private static final long GAP_DAYS = 90;

    private BarRows() {
    }

    /**
     * @param rows filled with how many rows each lane needs
     * @return the bars with their rows, in the order they were stacked (by lane, then start)
     */
    static List<ChartBar> stack(List<ChartBar> bars, int[] rows) {
        List<ChartBar> sorted = new ArrayList<>(bars);
        // Channels first, so that on a person's lane the channel sits next to the line and offices under it.
        sorted.sort(Comparator.comparingInt(ChartBar::lane).thenComparing(b -> !b.isChannel())
                .thenComparingLong(b -> b.when().from()).thenComparing(ChartBar::id));
        List<ChartBar> stacked = new ArrayList<>();
        List<Long> rowEnds = new ArrayList<>();
        int lane = -1;
        for (ChartBar bar : sorted) {
            if (bar.lane() != lane) {
                lane = bar.lane();
                rowEnds.clear();
            }
            long end = bar.open() ? Long.MAX_VALUE : bar.when().to() + GAP_DAYS;
            int row = 0;
            while (row < rowEnds.size() && rowEnds.get(row) > bar.when().from()) {
                row++;
            }
            if (row == rowEnds.size()) {
                rowEnds.add(end);
            } else {
                rowEnds.set(row, end);
            }
            rows[lane] = Math.max(rows[lane], rowEnds.size());
            stacked.add(new ChartBar(bar.id(), bar.lane(), row, bar.when(), bar.open(), bar.channelType(), bar.secrecy(), bar.label()));
        }
        return stacked;
    }
}
