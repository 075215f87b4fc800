package org.backchannel.app.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.exploration.LayoutMode;
import org.backchannel.layout.DrawingLayout;
import org.backchannel.layout.Layout;
import org.backchannel.layout.LayoutGraph;
import org.backchannel.layout.LayoutState;
import org.backchannel.layout.TimelineLayout;
import org.backchannel.layout.TimelineOptions;
import org.backchannel.model.GraphLink;
import org.backchannel.model.TimeSpan;
import org.backchannel.model.YearRange;

/** Turns the visible graph into the plain arrays a layout works on, and picks the layout. */
public final class LayoutFactory {

    /** The visible nodes in a fixed order, and the graph over their indices. */
    public record Prepared(List<String> ids, LayoutGraph graph, double[] years) {
    }

    /** Lanes a node and its label apart. */
    static final double LANE_SPACING = 40;

    private LayoutFactory() {
    }

    public static Prepared prepare(LoadedGraph graph, VisibleGraph visible) {
        return prepare(graph, visible, null);
    }

    /**
     * @param window the years an era filter shows, or null; things that began earlier (the hotline,
     *               ongoing since 1963) are placed at its start rather than decades to the left
     */
    public static Prepared prepare(LoadedGraph graph, VisibleGraph visible, YearRange window) {
        List<String> ids = new ArrayList<>(visible.nodeIds());
        ids.sort(null);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        List<int[]> edges = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (String linkId : visible.linkIds()) {
            GraphLink link = graph.link(linkId).orElseThrow();
            Integer a = index.get(link.fromId());
            Integer b = index.get(link.toId());
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            long key = (long) Math.min(a, b) << 32 | Math.max(a, b);
            if (seen.add(key)) {
                edges.add(new int[] {a, b});
            }
        }
        int[] sources = new int[edges.size()];
        int[] targets = new int[edges.size()];
        double[] weights = new double[edges.size()];
        for (int e = 0; e < edges.size(); e++) {
            sources[e] = edges.get(e)[0];
            targets[e] = edges.get(e)[1];
            weights[e] = 1;
        }
        double[] years = new double[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            double year = graph.node(id).map(n -> n.span()).filter(TimeSpan::isDated).map(LayoutFactory::middle)
                    .orElseGet(() -> graph.nodeYears(id).map(LayoutFactory::middle).orElse(Double.NaN));
            years[i] = window == null || Double.isNaN(year) ? year : Math.max(window.from(), Math.min(window.to() + 1.0, year));
        }
        return new Prepared(List.copyOf(ids), new LayoutGraph(ids.size(), sources, targets, weights), years);
    }

    public static Layout create(LayoutMode mode, Prepared prepared, long seed) {
        return switch (mode) {
            case FORCE -> DrawingLayout.forceDirected(seed);
            case TIMELINE -> new TimelineLayout(prepared.years(), timelineOptions(prepared.years()));
        };
    }

    /**
     * A node that appears (expansion, a filter relaxed) starts beside a placed neighbour, not at
     * random; {@code positions} gains an entry for each such node.
     */
    static void placeNewcomersBesideNeighbours(LoadedGraph graph, List<String> ids, Map<String, double[]> positions) {
        int k = 0;
        for (String id : ids) {
            if (positions.containsKey(id)) {
                continue;
            }
            for (var link : graph.linksOf(id)) {
                double[] at = positions.get(LoadedGraph.otherEnd(link, id));
                if (at != null) {
                    double angle = 2.399963 * ++k;
                    positions.put(id, new double[] {at[0] + 30 * Math.cos(angle), at[1] + 30 * Math.sin(angle)});
                    break;
                }
            }
        }
    }

    /**
     * Where the layout starts: known positions (a tiny seeded jitter keeps coincident nodes apart),
     * seeded random ones in a disc for the rest, pins as given. The app and the headless export
     * start the same way, so the same graph, filter and seed give the same picture.
     */
    public static LayoutState initialState(List<String> ids, Map<String, double[]> positions, Set<String> pinned, long seed) {
        LayoutState state = DrawingLayout.startDisc(ids.size(), seed);
        SplittableRandom jitter = new SplittableRandom(seed);
        for (int i = 0; i < ids.size(); i++) {
            double[] at = positions.get(ids.get(i));
            if (at != null) {
                state.set(i, at[0] + jitter.nextDouble(-0.01, 0.01), at[1] + jitter.nextDouble(-0.01, 0.01));
            }
            state.pin(i, pinned.contains(ids.get(i)));
        }
        return state;
    }

    /** Runs a layout to the end, as the app's background runner would, and returns the positions by id. */
    public static Map<String, double[]> settle(List<String> ids, LayoutGraph graph, Layout layout, LayoutState state, int maxSteps) {
        layout.init(graph, state);
        layout.run(maxSteps);
        Map<String, double[]> positions = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            positions.put(ids.get(i), new double[] {state.x(i), state.y(i)});
        }
        return positions;
    }

    /**
     * Years as wide as the picture allows: about 30 world units per node across the whole span, so
     * that a crowded year (2021–22 in the article) spreads out instead of piling up in lanes.
     */
    static TimelineOptions timelineOptions(double[] years) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double year : years) {
            if (!Double.isNaN(year)) {
                min = Math.min(min, year);
                max = Math.max(max, year);
            }
        }
        double span = max > min ? max - min : 1;
        double width = Math.max(1_200, 30.0 * years.length);
        return TimelineOptions.defaults().withUnitsPerYear(Math.max(40, width / span)).withLaneSpacing(LANE_SPACING);
    }

    /** Where on the time axis a span sits: its middle, or its start when it is still going on. */
    private static double middle(YearRange years) {
        return years.to() >= 9999 ? years.from() + 0.5 : (years.from() + years.to() + 1) / 2.0;
    }

    /** The same for a node's own dates, to the month or day the source gives, so that January 2022 is not one crowd. */
    private static double middle(TimeSpan span) {
        double from = span.start() == null ? fractionalYear(span.end().earliest()) : fractionalYear(span.start().earliest());
        double to = span.end() == null ? from : fractionalYear(span.end().latest().plusDays(1));
        return (from + to) / 2;
    }

    private static double fractionalYear(LocalDate day) {
        return day.getYear() + (day.getDayOfYear() - 1) / (double) day.lengthOfYear();
    }
}
