package org.backchannel.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.backchannel.model.GraphLink;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;

/** The GraphML file read back by jgrapht-io's own importer: the same elements, labels and attributes. */
class GraphMlFileTest {

    private final GraphFileScene scene = InterchangeScenes.small();
    private final Map<String, Map<String, String>> nodeAttributes = new HashMap<>();
    private final Map<String, Map<String, String>> linkAttributes = new HashMap<>();
    private Graph<String, String> read;

    @Test
    void everyNodeAndLinkComesBackWithItsIdAndEnds() {
        Graph<String, String> read = readBack();
        assertThat(read.vertexSet()).containsExactlyInAnyOrderElementsOf(scene.nodes().stream().map(n -> n.id()).toList());
        assertThat(read.edgeSet()).hasSameSizeAs(scene.links());
        for (GraphLink link : scene.links()) {
            assertThat(read.edgeSet()).anySatisfy(e -> {
                assertThat(read.getEdgeSource(e)).isEqualTo(link.fromId());
                assertThat(read.getEdgeTarget(e)).isEqualTo(link.toId());
                assertThat(linkAttributes.get(e)).containsEntry("link_type", link.typeName());
            });
        }
    }

    @Test
    void namesQuotesAndDatesSurviveEscapingAsWritten() {
        readBack();
        assertThat(nodeAttributes.get("envoy")).containsEntry("label", "Envoy Łukasz & Co").containsEntry("kind", "actor");
        assertThat(nodeAttributes.get("ambassador")).containsEntry("label", "Ambassador <Dobrynin>");
        Map<String, String> exchange = attributesOfLinkTo("ambassador");
        assertThat(exchange).containsEntry("quote", InterchangeScenes.QUOTE).containsEntry("start", "1970-10")
                .containsEntry("sources", "article; memoir").containsEntry("datasets", "first-dataset; second-dataset")
                .doesNotContainKey("end");
    }

    @Test
    void onlyLinksThroughTheChannelCarryItsTypeAndSecrecy() {
        readBack();
        assertThat(attributesOfLinkTo("ambassador")).containsEntry("channel_type", "back-channel").containsEntry("secrecy", "secret")
                .containsEntry("channel_name", "Secret channel");
        Map<String, String> studied = linkAttributes.values().stream().filter(a -> "studied".equals(a.get("link_type")))
                .findFirst().orElseThrow();
        assertThat(studied).doesNotContainKeys("channel_type", "secrecy", "channel");
        Map<String, String> joins = linkAttributes.values().stream().filter(a -> "participates-in".equals(a.get("link_type")))
                .findFirst().orElseThrow();
        assertThat(joins).containsEntry("channel_type", "back-channel").containsEntry("role", "envoy");
    }

    private Map<String, String> attributesOfLinkTo(String toId) {
        return read.edgeSet().stream().filter(e -> read.getEdgeTarget(e).equals(toId)).map(linkAttributes::get)
                .findFirst().orElseThrow();
    }

    private Graph<String, String> readBack() {
        StringWriter written = new StringWriter();
        GraphMlFile.write(scene, written);
        Graph<String, String> graph = GraphTypeBuilder.<String, String>directed().allowingMultipleEdges(true)
                .allowingSelfLoops(true).vertexSupplier(new Ids("v")).edgeSupplier(new Ids("e")).buildGraph();
        GraphMLImporter<String, String> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(false);
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((pair, value) -> put(nodeAttributes, pair.getFirst(), pair.getSecond(), value));
        importer.addEdgeAttributeConsumer((pair, value) -> put(linkAttributes, pair.getFirst(), pair.getSecond(), value));
        importer.importGraph(graph, new StringReader(written.toString()));
        read = graph;
        return graph;
    }

    private static void put(Map<String, Map<String, String>> into, String element, String key, Attribute value) {
        into.computeIfAbsent(element, k -> new HashMap<>()).put(key, value.getValue());
    }

    /** Fresh names for the importer's edges; the file's own edge ids arrive as the "id" attribute. */
    private static final class Ids implements java.util.function.Supplier<String> {
        private final String prefix;
        private int next;

        Ids(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public String get() {
            return prefix + next++;
        }
    }
}
