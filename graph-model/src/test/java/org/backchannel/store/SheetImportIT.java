package org.backchannel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.backchannel.dataset.DatasetException;
import org.backchannel.dataset.SheetReader;
import org.backchannel.model.Citation;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.store.neo4j.Neo4jGraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spreadsheets through a mapping, into the embedded store: the same graph as JSON, and bad sheets change nothing. */
class SheetImportIT {

    private static final int LIMIT = 1000;

    private final Neo4jGraphStore store = SharedEmbeddedStore.store();
    private final SheetReader sheets = new SheetReader();

    @Test
    void aSheetThroughItsMappingImportsTheSameGraphAsTheEquivalentJson() throws DatasetException {
        TestDatasets.importAlone(store, TestDatasets.read(TestDatasets.resource("sheets/exchanges.json")));
        Set<String> fromJson = graph();

        TestDatasets.importAlone(store, sheets.read(TestDatasets.resource("sheets/exchanges.csv"),
                TestDatasets.resource("sheets/exchanges.mapping.json")));

        assertThat(graph()).isNotEmpty().isEqualTo(fromJson);
    }

    @Test
    void aNodeSheetWithItsLinkSheetImportsTheSameGraphAsTheEquivalentJson() throws DatasetException {
        TestDatasets.importAlone(store, TestDatasets.read(TestDatasets.resource("sheets/graph/graph.json")));
        Set<String> fromJson = graph();

        TestDatasets.importAlone(store, sheets.read(TestDatasets.resource("sheets/graph/nodes.csv"),
                TestDatasets.resource("sheets/graph/graph.mapping.json")));

        assertThat(graph()).isNotEmpty().isEqualTo(fromJson);
    }

    @Test
    void everyBadSheetIsRefusedAndTheStoreIsUnchanged() throws IOException {
        TestDatasets.importAlone(store, TestDatasets.small());
        String before = store.contentDigest();
        List<Path> bad;
        try (Stream<Path> files = Files.list(TestDatasets.resource("sheets/bad"))) {
            bad = files.filter(p -> p.toString().endsWith(".csv") && !p.getFileName().toString().startsWith("good")).sorted().toList();
        }
        assertThat(bad).hasSizeGreaterThan(10);
        for (Path sheet : bad) {
            assertThatThrownBy(() -> store.importDataset(sheets.read(sheet, TestDatasets.resource("sheets/exchanges.mapping.json"))))
                    .as(sheet.getFileName().toString()).isInstanceOf(DatasetException.class)
                    .hasMessageContaining(sheet.getFileName().toString() + ":");
            assertThat(store.contentDigest()).as("store after " + sheet.getFileName()).isEqualTo(before);
        }
    }

    @Test
    void theBundledExampleSheetJoinsTheArticleAndAddsItsCitationsToTheSameExchanges(@TempDir Path dir)
            throws DatasetException, IOException {
        Dataset article = TestDatasets.bundled();
        TestDatasets.importAlone(store, article);
        // The data module is a jar on this classpath: its example is copied out, as a user has it in data/.
        for (String name : List.of("article-exchanges.csv", "article-exchanges.mapping.json", "sources/back-channel-to-moscow.txt")) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("org/backchannel/data/" + name)) {
                Files.createDirectories(dir.resolve(name).getParent());
                Files.copy(in, dir.resolve(name));
            }
        }
        Dataset sheet = sheets.read(dir.resolve("article-exchanges.csv"), dir.resolve("article-exchanges.mapping.json"));

        store.importDataset(sheet);

        assertThat(store.summary().totalNodes()).isEqualTo(article.nodes().size());
        assertThat(store.summary().totalLinks()).isEqualTo(article.links().size());
        GraphLink exchange = sheet.links().get(0);
        GraphLink stored = store.linkDetails(exchange.id(), exchange.type()).orElseThrow();
        int inArticle = article.links().stream().filter(l -> l.id().equals(exchange.id())).findFirst().orElseThrow().citations().size();
        assertThat(stored.citations()).hasSize(inArticle + exchange.citations().size());
        assertThat(store.datasets()).extracting(DatasetInfo::id).containsExactlyInAnyOrder(article.id(), sheet.id());
    }

    /** Every node and link as the store shows it: ids, names, kinds, ends, channels, dates and quotes. */
    private Set<String> graph() {
        Subgraph all = store.overview(GraphFilter.ALL, LIMIT);
        Stream<String> nodes = all.nodes().stream().map(n -> store.nodeDetails(n.id()).orElseThrow()).map(SheetImportIT::describe);
        Stream<String> links = all.links().stream().map(l -> store.linkDetails(l.id(), l.type()).orElseThrow()).map(SheetImportIT::describe);
        return Stream.concat(nodes, links).collect(Collectors.toSet());
    }

    private static String describe(GraphNode n) {
        return String.join("|", n.id(), n.kind().code(), n.name(), String.valueOf(n.category()), String.valueOf(n.channelType()),
                String.valueOf(n.secrecy()), n.span().toString(), quotes(n.citations()));
    }

    private static String describe(GraphLink l) {
        return String.join("|", l.id(), l.type().code(), l.fromId(), l.toId(), String.valueOf(l.channelId()), l.span().toString(),
                quotes(l.citations()));
    }

    private static String quotes(List<Citation> citations) {
        return citations.stream().map(c -> c.sourceId() + ":" + c.quote()).sorted().collect(Collectors.joining(";"));
    }
}
