package org.backchannel.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphNode;
import org.backchannel.model.NodeKind;
import org.backchannel.model.SourceKind;
import org.backchannel.store.TestDatasets;
import org.junit.jupiter.api.Test;

/** The dataset shipped in the data module: valid, and faithful to the article it cites. */
class BundledDatasetTest {

    private static final String ARTICLE_TEXT = "org/backchannel/data/sources/back-channel-to-moscow.txt";

    @Test
    void readsWithoutAProblem() {
        Dataset dataset = TestDatasets.bundled();
        assertThat(dataset.nodes()).hasSizeGreaterThan(50);
        assertThat(dataset.links()).hasSizeGreaterThan(100);
    }

    /** Independent of the reader: walks the raw JSON so that a bug in the validator cannot hide a bad quote. */
    @Test
    void everyQuoteFromTheArticleOccursVerbatimInIt() throws IOException {
        String article = resourceText(ARTICLE_TEXT);
        JsonNode root;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(TestDatasets.BUNDLED)) {
            root = new ObjectMapper().readTree(in);
        }
        List<String> quotes = new ArrayList<>();
        for (String section : List.of("nodes", "links")) {
            for (JsonNode element : root.get(section)) {
                for (JsonNode citation : element.get("citations")) {
                    if (citation.get("source").asText().equals("somerville-2022")) {
                        quotes.add(citation.get("quote").asText());
                    }
                }
            }
        }
        assertThat(quotes).hasSizeGreaterThan(100);
        assertThat(quotes).allSatisfy(quote -> assertThat(article).contains(quote));
    }

    @Test
    void namesEveryoneTheIssueListsAndMore() {
        Dataset dataset = TestDatasets.bundled();
        List<String> people = dataset.nodes().stream().filter(n -> n.kind() == NodeKind.ACTOR).map(GraphNode::name).toList();
        assertThat(people).contains("Richard Nixon", "Henry Kissinger", "Anatoly Dobrynin", "William Burns", "Wendy Sherman",
                "Happymon Jacob", "Rick Moss", "Vladimir Putin", "Volodymyr Zelensky", "Sergei Ryabkov", "Angela Stent",
                "Alistair Somerville");
        assertThat(dataset.nodes()).filteredOn(n -> n.kind() == NodeKind.CHANNEL).hasSizeGreaterThanOrEqualTo(7);
        assertThat(dataset.nodes()).filteredOn(n -> n.kind() == NodeKind.OUTCOME).isNotEmpty();
    }

    @Test
    void everyFactIsCitedAndCommonKnowledgeIsMarkedAsSuch() {
        Dataset dataset = TestDatasets.bundled();
        assertThat(dataset.nodes()).allSatisfy(n -> assertThat(n.citations()).isNotEmpty());
        assertThat(dataset.links()).allSatisfy(l -> assertThat(l.citations()).isNotEmpty());
        assertThat(dataset.sources()).anySatisfy(s -> assertThat(s.kind()).isEqualTo(SourceKind.COMMON_KNOWLEDGE));
        assertThat(dataset.sources()).filteredOn(s -> s.kind() == SourceKind.ARTICLE)
                .singleElement().satisfies(s -> {
                    assertThat(s.author()).isEqualTo("Alistair Somerville");
                    assertThat(s.date()).hasToString("2022-01-20");
                });
    }

    private String resourceText(String name) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
