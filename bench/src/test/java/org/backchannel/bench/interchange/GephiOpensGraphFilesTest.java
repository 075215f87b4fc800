package org.backchannel.bench.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.StreamSupport;
import org.backchannel.interchange.GexfFile;
import org.backchannel.interchange.GraphFileScene;
import org.backchannel.interchange.GraphMlFile;
import org.backchannel.model.ChannelType;
import org.backchannel.model.Citation;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.model.PartialDate;
import org.backchannel.model.Secrecy;
import org.backchannel.model.TimeSpan;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ContainerUnloader;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.NodeDraft;
import org.gephi.io.importer.plugin.file.ImporterGEXF;
import org.gephi.io.importer.plugin.file.ImporterGraphML;
import org.junit.jupiter.api.Test;
import org.openide.util.Lookup;

/**
 * Our graph files opened by Gephi's own importers (Gephi Toolkit 0.10.1, bench-only: GPL, never
 * shipped): every node and link arrives, with its label. A seeded random scene of envoys speaking
 * through channels, parallel links included, as the store has them.
 */
class GephiOpensGraphFilesTest {

    private static final int ACTORS = 120;
    private static final int CHANNELS = 6;
    private static final int EXCHANGES = 500;

    private final GraphFileScene scene = randomScene(new Random(7));

    @Test
    void gephiReadsEveryNodeAndLinkOfTheGraphMlFile() {
        StringWriter written = new StringWriter();
        GraphMlFile.write(scene, written);
        assertSameElements(read(written.toString(), new ImporterGraphML()));
    }

    @Test
    void gephiReadsEveryNodeAndLinkOfTheGexfFile() {
        StringWriter written = new StringWriter();
        GexfFile.write(scene, "a random scene", written);
        assertSameElements(read(written.toString(), new ImporterGEXF()));
    }

    private void assertSameElements(ContainerUnloader read) {
        assertThat(read.getNodeCount()).isEqualTo(scene.nodes().size());
        assertThat(read.getEdgeCount()).isEqualTo(scene.links().size());
        Map<String, String> labels = new HashMap<>();
        StreamSupport.stream(read.getNodes().spliterator(), false).forEach((NodeDraft n) -> labels.put(n.getId(), n.getLabel()));
        scene.nodes().forEach(n -> assertThat(labels).containsEntry(n.id(), n.name()));
        assertThat(StreamSupport.stream(read.getEdgeColumns().spliterator(), false).map(c -> c.getTitle()).toList())
                .contains("link_type", "channel_type", "secrecy", "start", "quote", "sources");
    }

    private static ContainerUnloader read(String file, org.gephi.io.importer.spi.FileImporter importer) {
        ImportController controller = Lookup.getDefault().lookup(ImportController.class);
        Container container = controller.importFile(new StringReader(file), importer);
        assertThat(container.verify()).isTrue();
        return container.getUnloader();
    }

    private static GraphFileScene randomScene(Random random) {
        List<GraphNode> nodes = new ArrayList<>();
        for (int i = 0; i < ACTORS; i++) {
            nodes.add(new GraphNode("actor-" + i, NodeKind.ACTOR, "Envoy " + i + " & <co>", List.of(), "person", null, null, null,
                    TimeSpan.UNDATED, null, List.of()));
        }
        ChannelType[] types = ChannelType.values();
        for (int c = 0; c < CHANNELS; c++) {
            nodes.add(new GraphNode("channel-" + c, NodeKind.CHANNEL, "Channel " + c, List.of(), null, types[c % types.length],
                    Secrecy.values()[c % Secrecy.values().length], null, TimeSpan.UNDATED, null, List.of()));
        }
        List<GraphLink> links = new ArrayList<>();
        Map<String, List<Citation>> citations = new HashMap<>();
        for (int e = 0; e < EXCHANGES; e++) {
            // Few actors, many exchanges: some pairs speak more than once, as in the store.
            String from = "actor-" + random.nextInt(ACTORS);
            String to = "actor-" + random.nextInt(ACTORS);
            String id = "spoke-" + e;
            links.add(new GraphLink(id, LinkType.SPOKE_WITH, from, to, "channel-" + random.nextInt(CHANNELS), null, null,
                    TimeSpan.at(PartialDate.ofYear(1960 + random.nextInt(60))), null, List.of()));
            citations.put(id, List.of(new Citation("source-" + random.nextInt(5), "quote " + e + " \"said\"", null)));
        }
        return new GraphFileScene(nodes, links, citations);
    }
}
