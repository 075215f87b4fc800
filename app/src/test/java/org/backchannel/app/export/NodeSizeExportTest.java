package org.backchannel.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.measures.NodeMeasures;
import org.backchannel.measures.SceneMeasures;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeColouring;
import org.backchannel.model.NodeEncoding;
import org.backchannel.model.NodeKind;
import org.backchannel.model.SizeMeasure;
import org.backchannel.render.ExportOptions;
import org.backchannel.render.NodeScale;
import org.backchannel.render.Palette;
import org.backchannel.render.SceneExporter;
import org.backchannel.store.GraphFilter;
import org.junit.jupiter.api.Test;

/** Node sizes by a measure, as an exported SVG draws them and its legend and caption name them. */
class NodeSizeExportTest {

    private static final int LEAVES = 5;
    /** A hub with {@link #LEAVES} leaves, all actors (circles), so the SVG's circles are the nodes. */
    private static final LoadedGraph STAR = star();
    private static final Map<String, double[]> PLACES = places();

    @Test
    void underDegreeTheHubIsDrawnLargerThanItsLeavesWithinTheBoundedRange() {
        List<Double> radii = nodeRadii(svg(NodeEncoding.DEFAULT, false));

        assertThat(radii).hasSize(LEAVES + 1);
        double hub = radii.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double leaf = radii.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        assertThat(radii.stream().filter(r -> r == hub)).hasSize(1);
        assertThat(radii.stream().filter(r -> r == leaf)).hasSize(LEAVES);
        // However the page scales the drawing, the hub and a leaf keep the scale's proportion (the SVG rounds to hundredths).
        assertThat(hub / leaf).isCloseTo(NodeScale.LARGE / NodeScale.SMALL, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void allOneSizeDrawsEveryNodeAlike() {
        List<Double> radii = nodeRadii(svg(NodeEncoding.DEFAULT.withSize(SizeMeasure.UNIFORM), false));

        assertThat(radii).hasSize(LEAVES + 1).containsOnly(radii.get(0));
    }

    @Test
    void theLegendAndTheCaptionNameTheMeasureAndTheCommunities() {
        NodeEncoding encoding = new NodeEncoding(SizeMeasure.BETWEENNESS, NodeColouring.COMMUNITY);
        String texts = texts(svg(encoding, true));

        assertThat(texts).contains("Size: betweenness", "(least)", "(most)", "Communities", "Hub + " + LEAVES,
                "size: betweenness, colour: community");
    }

    private static String svg(NodeEncoding encoding, boolean legend) {
        VisibleGraph visible = VisibleGraph.of(STAR, GraphFilter.ALL);
        Map<String, NodeMeasures> measures = SceneMeasures.of(STAR, GraphFilter.ALL).stream()
                .collect(Collectors.toMap(NodeMeasures::nodeId, Function.identity()));
        Figure figure = Figure.of(STAR, visible, PLACES, ExportScope.VISIBLE, Set.of(), Set.of(), "", Map.of(), Provenance.UNKNOWN,
                LocalDate.of(2024, 5, 1), encoding, measures);
        ExportOptions options = new ExportOptions(1200, 1, false, legend, figure.caption());
        return new SceneExporter(Palette.standard()).toSvg(figure.scene(), options);
    }

    private static List<Double> nodeRadii(String svg) {
        List<Double> radii = new ArrayList<>();
        Matcher m = Pattern.compile("<circle[^>]* r=\"([0-9.]+)\"").matcher(svg);
        while (m.find()) {
            radii.add(Double.parseDouble(m.group(1)));
        }
        return radii;
    }

    private static String texts(String svg) {
        StringBuilder texts = new StringBuilder();
        Matcher m = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
        while (m.find()) {
            texts.append(m.group(1)).append(' ');
        }
        return texts.toString();
    }

    private static LoadedGraph star() {
        List<GraphNode> nodes = new ArrayList<>(List.of(actor("hub", "Hub")));
        List<GraphLink> links = new ArrayList<>();
        for (int i = 0; i < LEAVES; i++) {
            nodes.add(actor("leaf" + i, "Leaf " + i));
            links.add(new GraphLink("hub-leaf" + i, LinkType.SPOKE_WITH, "hub", "leaf" + i, null, null, null, null, null, List.of()));
        }
        return LoadedGraph.of(nodes, links);
    }

    private static GraphNode actor(String id, String name) {
        return new GraphNode(id, NodeKind.ACTOR, name, List.of(), "person", null, null, null, null, null, List.of());
    }

    private static Map<String, double[]> places() {
        Map<String, double[]> at = new HashMap<>();
        at.put("hub", new double[] {0, 0});
        for (int i = 0; i < LEAVES; i++) {
            double angle = 2 * Math.PI * i / LEAVES;
            at.put("leaf" + i, new double[] {300 * Math.cos(angle), 300 * Math.sin(angle)});
        }
        return at;
    }
}
