package org.backchannel.bench.client;

import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.bench.layout.HeapProbe;
import org.backchannel.exploration.Exploration;
import org.backchannel.layout.LayoutState;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkOutlines;
import org.backchannel.model.PartialDate;
import org.backchannel.model.TimeSpan;
import org.backchannel.render.CrowdLayer;
import org.backchannel.render.GraphScene;
import org.backchannel.render.LevelOfDetail;
import org.backchannel.render.Palette;
import org.backchannel.render.ScenePainter;
import org.backchannel.render.Viewport;
import org.backchannel.synthetic.Shape;
import org.backchannel.synthetic.SyntheticDataset;
import org.backchannel.synthetic.SyntheticSize;

/**
 * Runs in a fresh JVM per measurement: the live heap one peer needs to hold a graph on screen, after full
 * collections, minus the same before. The generated dataset both peers read is allocated before the baseline
 * and kept alive, so it counts for neither.
 *
 * <p><b>Ours</b>: what the app holds with the graph drawn: the overview's outline nodes and links (no
 * descriptions or citations, as {@code RecordMapping.outlineNode} reads them), the indexed
 * {@link LoadedGraph}, an {@link Exploration} over it with a position for every node placed twice (the
 * layout's start, then its end, as the layout's moves are recorded), the drawn {@link GraphScene}, and the
 * {@link CrowdLayer} painted while moving and at rest for a 1600 × 1000 canvas (both its rasters included). Not
 * included: JavaFX's copy of each raster (the texture its software pipeline makes of each layer image, which
 * {@link ClientHeapBench} adds by arithmetic), the controls, and the embedded store. Strings are decoded with
 * bytes of their own on both sides, as reading them from a store or a file makes them.
 *
 * <p><b>Gephi</b>: Gephi Toolkit 0.10.1's {@code GraphModel} holding the same graph: a node per node with
 * its id, its name as label, a position, and attribute columns for what our outline holds (kind, category,
 * channel type, secrecy, start, end, certainty, aliases); an edge per link of its type (an edge type per link
 * type) with columns for channel, role, start, end, certainty and sources. Gephi draws from that model
 * (its visualisation's OpenGL buffers come on top and are not counted).
 */
public final class ClientHeapProbe {

    static final String PREFIX = "CLIENT_HEAP_BYTES=";
    /** The bytes of the crowd layer's rasters, of which JavaFX keeps one texture each (see {@link ClientHeapBench}). */
    static final String LAYER_PREFIX = "CLIENT_LAYER_BYTES=";

    private ClientHeapProbe() {
    }

    public static void run(String peer, SyntheticSize size, Shape shape, long seed) {
        Dataset dataset = SyntheticDataset.generate(size, shape, seed);
        LayoutState start = LayoutState.seeded(dataset.nodes().size(), seed, 5_000);
        long baseline = HeapProbe.liveHeap();
        Object held = peer.equals("ours") ? ours(dataset, start) : GephiHeld.model(dataset, start);
        long after = HeapProbe.liveHeap();
        System.out.println(PREFIX + (after - baseline));
        if (held instanceof Object[] parts && parts[parts.length - 1] instanceof CrowdLayer crowd) {
            System.out.println(LAYER_PREFIX + crowd.pixelBytes());
        }
        holdForHistogram();
        Reference.reachabilityFence(held);
        Reference.reachabilityFence(dataset);
        Reference.reachabilityFence(start);
        System.exit(0);
    }

    /**
     * With {@code -Dclient.heap.hold=SECONDS} the probe waits before it exits, holding what it measured, so that
     * {@code jmap -histo:live PID} can say what the bytes are.
     */
    private static void holdForHistogram() {
        long seconds = Long.getLong("client.heap.hold", 0);
        if (seconds > 0) {
            System.out.println("holding for " + seconds + " s: jmap -histo:live " + ProcessHandle.current().pid());
            try {
                Thread.sleep(seconds * 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Object ours(Dataset dataset, LayoutState start) {
        List<GraphNode> nodes = new ArrayList<>(dataset.nodes().size());
        // Decoded as the overview's rows are (OverviewRows): every string with its own bytes, as the driver hands
        // them over ("new String(text)" would share the dataset's bytes, which the baseline holds, and count only
        // the strings' headers); a node's id shared by the links' ends; spans, source lists and other repeated
        // texts held once per distinct value. Until 6 December 2026 the probe shared the dataset's bytes, spans
        // and lists, and undercounted the client by about 12 MB at L.
        Map<String, String> ownIds = new HashMap<>();
        Map<TimeSpan, TimeSpan> spans = new HashMap<>();
        Map<List<String>, List<String>> sourceLists = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        for (GraphNode n : dataset.nodes()) {
            ownIds.put(n.id(), decoded(n.id()));
        }
        for (GraphNode n : dataset.nodes()) {
            nodes.add(new GraphNode(ownIds.get(n.id()), n.kind(), decoded(n.name()), n.aliases(), shared(texts, n.category()),
                    n.channelType(), n.secrecy(), null, shared(spans, n.span()), n.certainty(), List.of()));
        }
        // Fed into columns as the overview's rows are (OverviewRows, LinkOutlines): ends as the nodes' places.
        Map<String, Integer> places = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            places.put(nodes.get(i).id(), i);
        }
        LinkOutlines.Builder fed = new LinkOutlines.Builder(nodes.stream().map(GraphNode::id).toList());
        for (GraphLink l : dataset.links()) {
            fed.add(decoded(l.id()), l.type(), places.get(l.fromId()), places.get(l.toId()),
                    l.channelId() == null ? null : ownIds.get(l.channelId()), shared(texts, l.role()), shared(spans, l.span()),
                    l.certainty(), sourceLists.computeIfAbsent(l.sourceIds(), ids -> List.copyOf(ids.stream().map(id -> shared(texts, id)).toList())));
        }
        LinkOutlines links = fed.build();
        places = null;
        LoadedGraph graph = LoadedGraph.of(nodes, links).indexed();
        ownIds = null;
        nodes = null;
        links = null;
        Exploration exploration = new Exploration();
        exploration.load(graph);
        List<String> ids = graph.nodes().stream().map(GraphNode::id).toList();
        int n = ids.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < n; i++) {
                xs[i] = start.x(i) * (1 + pass);
                ys[i] = start.y(i) * (1 + pass);
            }
            exploration.commands().place(ids, xs, ys);
        }
        LayoutState drawn = new LayoutState(n);
        for (int i = 0; i < n; i++) {
            drawn.set(i, xs[i], ys[i]);
        }
        GraphScene scene = BenchScene.of(graph, exploration.visible(), ids, drawn);
        CrowdLayer crowd = new CrowdLayer();
        Viewport view = Viewport.fit(scene, 1600, 1000, 14);
        // Drawn while the view moves, then at rest, as in the app: the layer then holds both of its rasters.
        ScenePainter painter = new ScenePainter(Palette.standard(), LevelOfDetail.standard());
        painter.paint(scene, view, new NoPainter(), null, crowd, true);
        painter.paint(scene, view, new NoPainter(), null, crowd, false);
        return new Object[] {exploration, scene, crowd};
    }

    /** {@code text} as a string of its own, bytes and all, as the driver decodes it. */
    static String decoded(String text) {
        return new String(text.toCharArray());
    }

    /** One decoded copy per distinct text, as the overview's reading keeps repeated texts. */
    private static String shared(Map<String, String> texts, String text) {
        return text == null ? null : texts.computeIfAbsent(text, ClientHeapProbe::decoded);
    }

    /** One copy per distinct span, as the overview's reading keeps them. */
    private static TimeSpan shared(Map<TimeSpan, TimeSpan> spans, TimeSpan span) {
        return span.isDated() ? spans.computeIfAbsent(span, s -> new TimeSpan(copy(s.start()), copy(s.end()))) : TimeSpan.UNDATED;
    }

    private static PartialDate copy(PartialDate date) {
        return date == null ? null : new PartialDate(date.year(), date.month(), date.day());
    }
}
