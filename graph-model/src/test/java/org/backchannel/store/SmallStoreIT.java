package org.backchannel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backchannel.model.ChannelType;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.model.YearRange;
import org.backchannel.store.neo4j.Neo4jGraphStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Import and browsing on a small synthetic dataset whose every answer is known. */
class SmallStoreIT {

    private final Neo4jGraphStore store = SharedEmbeddedStore.store();
    private final Dataset small = TestDatasets.small();

    @BeforeEach
    void importSmall() {
        TestDatasets.importAlone(store, small);
    }

    @Test
    void importWritesEveryNodeAndLinkWithItsKindAndType() {
        StoreSummary summary = store.summary();
        assertThat(summary.totalNodes()).isEqualTo(small.nodes().size());
        assertThat(summary.totalLinks()).isEqualTo(small.links().size());
        assertThat(summary.nodes(NodeKind.CHANNEL)).isEqualTo(2);
        assertThat(summary.links(LinkType.SPOKE_WITH)).isEqualTo(2);
    }

    @Test
    void nodesAndLinksComeBackExactlyAsImportedThroughTheirDetails() {
        Subgraph all = store.overview(GraphFilter.ALL, 100);
        assertThat(all.nodes()).extracting(n -> store.nodeDetails(n.id()).orElseThrow())
                .containsExactlyInAnyOrderElementsOf(small.nodes().stream().map(n -> TestDatasets.asStored(n, small.id())).toList());
        assertThat(all.links()).extracting(l -> store.linkDetails(l.id(), l.type()).orElseThrow())
                .containsExactlyInAnyOrderElementsOf(small.links().stream().map(l -> TestDatasets.asStored(l, small.id())).toList());
        assertThat(all.capped()).isFalse();
    }

    @Test
    void importingTheSameDatasetTwiceChangesNothing() {
        String before = store.contentDigest();
        ImportResult again = TestDatasets.importAlone(store, small);
        assertThat(store.contentDigest()).isEqualTo(before);
        assertThat(again.removedNodes()).isZero();
        assertThat(again.removedLinks()).isZero();
    }

    @Test
    void importingAnEditedDatasetUpdatesRemovesAndRewires() {
        List<GraphNode> nodes = new ArrayList<>(small.nodes().stream().filter(n -> !n.id().equals("truce")).toList());
        GraphNode boris = small.node("boris").orElseThrow();
        nodes.set(nodes.indexOf(boris), new GraphNode(boris.id(), boris.kind(), "Boris B.", boris.aliases(), boris.category(),
                null, null, "renamed", boris.span(), boris.certainty(), boris.citations()));
        List<GraphLink> links = new ArrayList<>();
        for (GraphLink l : small.links()) {
            if (l.id().equals("talks-truce")) {
                continue;
            }
            links.add(l.id().equals("alice-clara")
                    ? new GraphLink(l.id(), l.type(), "boris", "clara", l.channelId(), null, null, l.span(), l.certainty(), l.citations())
                    : l);
        }
        ImportResult result = TestDatasets.importAlone(store, small.withContent(small.sources(), nodes, links));

        assertThat(result.removedNodes()).isEqualTo(1);
        assertThat(store.summary().totalNodes()).isEqualTo(small.nodes().size() - 1);
        assertThat(store.search("Boris", 5)).extracting(h -> h.node().name()).containsExactly("Boris B.");
        List<Exchange> clara = store.exchanges(ExchangeQuery.involving("clara", GraphFilter.ALL, 10));
        assertThat(clara).singleElement().satisfies(e -> assertThat(e.from().id()).isEqualTo("boris"));
    }

    @Test
    void channelTypeFilterKeepsOnlyThoseChannelsAndTheirLinks() {
        Subgraph backChannels = store.overview(new GraphFilter(Set.of(ChannelType.BACK_CHANNEL), null), 100);
        assertThat(backChannels.nodes()).extracting(GraphNode::id).contains("secret-line").doesNotContain("hotline");
        assertThat(backChannels.links()).extracting(GraphLink::id).contains("alice-boris").doesNotContain("alice-clara");
    }

    @Test
    void eraFilterUsesOwnAndDerivedYears() {
        Subgraph recent = store.overview(new GraphFilter(Set.of(), new YearRange(2014, 2022)), 100);
        assertThat(recent.links()).extracting(GraphLink::id).containsExactly("alice-clara");
        // Clara has no date of her own; she takes 2021 from her exchange with Alice.
        assertThat(recent.nodes()).extracting(GraphNode::id).contains("alice", "clara").doesNotContain("boris", "truce");
    }

    @Test
    void overviewRespectsTheLimitAndSaysItWasCapped() {
        Subgraph capped = store.overview(GraphFilter.ALL, 3);
        assertThat(capped.nodes()).hasSize(3);
        assertThat(capped.capped()).isTrue();
        assertThat(capped.available()).isEqualTo(small.nodes().size());
        // The best-connected nodes come first.
        assertThat(capped.nodes()).extracting(GraphNode::id).contains("alice");
    }

    @Test
    void neighboursListsLinksBothWaysAndCountsTheRest() {
        Subgraph around = store.neighbours("secret-line", 10);
        assertThat(around.nodes()).extracting(GraphNode::id).containsExactlyInAnyOrder("secret-line", "alice", "boris", "talks-1970");
        Subgraph capped = store.neighbours("alice", 2);
        assertThat(capped.links()).hasSize(2);
        assertThat(capped.capped()).isTrue();
        assertThat(capped.available()).isEqualTo(4);
        assertThat(store.neighbours("nobody", 10).nodes()).isEmpty();
    }

    @Test
    void shortestPathsFollowCommunicationLinks() {
        List<GraphPath> one = store.shortestPaths(PathQuery.shortest("boris", "clara", 4));
        assertThat(one).singleElement().satisfies(p -> {
            assertThat(p.nodes()).extracting(GraphNode::id).containsExactly("boris", "alice", "clara");
            assertThat(p.links()).extracting(GraphLink::id).containsExactly("alice-boris", "alice-clara");
        });
        List<GraphPath> all = store.shortestPaths(PathQuery.allShortest("alice", "boris", 4, 10));
        assertThat(all).hasSize(1);
        assertThat(store.shortestPaths(PathQuery.shortest("boris", "clara", 1))).isEmpty();
        // Arland is reached only through an office, which is not a line of communication.
        assertThat(store.shortestPaths(PathQuery.shortest("boris", "arland", 6))).isEmpty();
    }

    @Test
    void exchangesBetweenAPairOrInvolvingAnActorUnderAnEra() {
        assertThat(store.exchanges(ExchangeQuery.between("alice", "boris", GraphFilter.ALL, 10)))
                .singleElement().satisfies(e -> {
                    assertThat(e.channel().id()).isEqualTo("secret-line");
                    assertThat(e.link().citations()).isNotEmpty();
                });
        assertThat(store.exchanges(ExchangeQuery.involving("alice", new GraphFilter(Set.of(), new YearRange(2021, 2022)), 10)))
                .extracting(e -> e.to().id()).containsExactly("clara");
        assertThat(store.exchanges(ExchangeQuery.involving("alice", GraphFilter.ALL, 10)))
                .extracting(e -> e.link().id()).containsExactly("alice-boris", "alice-clara");
    }

    @Test
    void searchIgnoresCaseAndAccentsAndMatchesAliasesAndPrefixes() {
        assertThat(store.search("angstrom", 5)).extracting(h -> h.node().id()).containsExactly("alice");
        assertThat(store.search("ÄNG", 5)).extracting(h -> h.node().id()).containsExactly("alice");
        assertThat(store.search("борис", 5)).extracting(h -> h.node().id()).containsExactly("boris");
        assertThat(store.search("the env", 5)).extracting(h -> h.node().id()).containsExactly("alice");
        assertThat(store.search("   ", 5)).isEmpty();
    }

    @Test
    void hostileSearchTextIsSearchedForAsText() {
        for (String hostile : List.of("\") RETURN 1 //", "`}]) DETACH DELETE n", "a:b AND NOT c", "*?~^", "$(rm -rf)", "\\")) {
            assertThat(store.search(hostile, 5)).as(hostile).isEmpty();
        }
        assertThat(store.summary().totalNodes()).isEqualTo(small.nodes().size());
    }

    @Test
    void relationshipsOfOtherApplicationsInTheSameDatabaseAreLeftAlone() {
        try (var driver = org.neo4j.driver.GraphDatabase.driver(SharedEmbeddedStore.neo4j().boltUri(),
                org.neo4j.driver.AuthTokens.basic(SharedEmbeddedStore.neo4j().username(), SharedEmbeddedStore.neo4j().password()))) {
            driver.executableQuery("MATCH (a:Entity {id: 'alice'}), (b:Entity {id: 'boris'}) CREATE (a)-[:LIKES_JAZZ]->(b)").execute();
        }
        assertThat(store.overview(GraphFilter.ALL, 100).links()).hasSize(small.links().size());
        assertThat(store.neighbours("alice", 100).links()).extracting(GraphLink::id).doesNotContainNull().hasSize(4);
        TestDatasets.importAlone(store, small);
        assertThat(store.overview(GraphFilter.ALL, 100).links()).hasSize(small.links().size());
    }

    @Test
    void hostileNamesAreStoredAndReturnedAsPlainData() {
        List<String> hostile = List.of("Robert'); MATCH (n) DETACH DELETE n //", "`}]) RETURN 1", "$(rm -rf /)",
                "MERGE (x:Admin) SET x.pw = 'x'", "\"quoted\" {braces} [brackets]", "Анатолий Добрынин", "हैपीमोन जैकब");
        List<GraphNode> nodes = new ArrayList<>(small.nodes());
        for (int i = 0; i < hostile.size(); i++) {
            nodes.add(new GraphNode("hostile-" + i, NodeKind.ACTOR, hostile.get(i), List.of(hostile.get(i)), "person", null, null,
                    hostile.get(i), null, null, small.nodes().get(0).citations()));
        }
        TestDatasets.importAlone(store, small.withContent(small.sources(), nodes, small.links()));

        assertThat(store.overview(GraphFilter.ALL, 100).nodes()).extracting(GraphNode::name).containsAll(hostile);
        assertThat(store.summary().totalNodes()).isEqualTo(small.nodes().size() + hostile.size());
        assertThat(store.search("Robert", 5)).extracting(h -> h.node().id()).containsExactly("hostile-0");
        assertThat(store.neighbours("Robert'); MATCH (n) DETACH DELETE n //", 5).nodes()).isEmpty();
        assertThat(store.summary().totalNodes()).isEqualTo(small.nodes().size() + hostile.size());
    }

    @Test
    void genuineNonLatinNamesRoundTripUnchanged() {
        List<String> names = List.of("Анатолий Добрынин", "हैपीमोन जैकब", "اردو", "王毅", "Γεώργιος Παπανδρέου",
                "Nguye\u0302\u0303n", "Nguyễn", "שמעון פרס");
        List<GraphNode> nodes = new ArrayList<>(small.nodes());
        for (int i = 0; i < names.size(); i++) {
            nodes.add(new GraphNode("named-" + i, NodeKind.ACTOR, names.get(i), List.of(names.get(i) + " (alias)"), "person", null,
                    null, "Known as " + names.get(i), null, null, small.nodes().get(0).citations()));
        }
        TestDatasets.importAlone(store, small.withContent(small.sources(), nodes, small.links()));

        for (int i = 0; i < names.size(); i++) {
            GraphNode back = store.neighbours("named-" + i, 5).nodes().get(0);
            assertThat(back.name()).as("name %d", i).isEqualTo(names.get(i));
            assertThat(back.aliases()).containsExactly(names.get(i) + " (alias)");
            assertThat(back.description()).isEqualTo("Known as " + names.get(i));
        }
        // Decomposed and composed forms are different strings, and each is kept as it was written.
        assertThat(store.neighbours("named-5", 1).nodes().get(0).name()).isNotEqualTo(names.get(6));
        assertThat(store.search("اردو", 5)).extracting(h -> h.node().id()).containsExactly("named-2");
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> store.overview(GraphFilter.ALL, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
