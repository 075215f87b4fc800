package org.backchannel.bench.client;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.layout.LayoutState;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphNode;
import org.backchannel.render.ExportOptions;
import org.backchannel.render.SceneExporter;
import org.backchannel.render.Palette;
import org.backchannel.store.GraphFilter;

/**
 * PNGs of one dataset under several peers' layouts, to look at what a quality figure stands for. Every layout is
 * centred and scaled to the median distance from the centroid of the first one written (ours, as the app draws it),
 * so that peers with different scalings are drawn with nodes of the same size relative to the bulk of the graph.
 */
public final class LayoutPictures {

    private static final int WIDTH = 2_000;

    private final Path folder;
    private final String name;
    private final LoadedGraph graph;
    private final List<String> ids;
    private double medianRadius = Double.NaN;

    public LayoutPictures(Path folder, String name, Dataset dataset) {
        this.folder = folder;
        this.name = name;
        this.graph = LoadedGraph.of(dataset.nodes(), dataset.links());
        this.ids = dataset.nodes().stream().map(GraphNode::id).toList();
    }

    /** Writes {@code <name>-<peer>.png}. */
    public void write(String peer, LayoutState positions) throws Exception {
        Files.createDirectories(folder);
        LayoutState scaled = scaled(positions);
        var scene = BenchScene.of(graph, VisibleGraph.of(graph, GraphFilter.ALL), ids, scaled);
        var options = new ExportOptions(WIDTH, 1, false, true, List.of(name + " · " + peer));
        new SceneExporter(Palette.standard()).writePng(scene, options, folder.resolve(name + "-" + peer + ".png"));
    }

    private LayoutState scaled(LayoutState positions) {
        int n = positions.size();
        double cx = 0;
        double cy = 0;
        for (int i = 0; i < n; i++) {
            cx += positions.x(i) / n;
            cy += positions.y(i) / n;
        }
        double[] radii = new double[n];
        for (int i = 0; i < n; i++) {
            radii[i] = Math.hypot(positions.x(i) - cx, positions.y(i) - cy);
        }
        Arrays.sort(radii);
        double median = n == 0 ? 0 : radii[(n - 1) / 2];
        if (Double.isNaN(medianRadius)) {
            medianRadius = median;
        }
        double factor = median > 0 ? medianRadius / median : 1;
        LayoutState scaled = new LayoutState(n);
        for (int i = 0; i < n; i++) {
            scaled.set(i, (positions.x(i) - cx) * factor, (positions.y(i) - cy) * factor);
        }
        return scaled;
    }
}
