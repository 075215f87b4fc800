package org.backchannel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Set;
import org.backchannel.model.ChannelType;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.model.YearRange;
import org.backchannel.session.SessionReader;
import org.backchannel.store.neo4j.Neo4jGraphStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The explorer's questions, asked of the article's dataset in a real embedded Neo4j. */
class ArticleStoreIT {

    private final Neo4jGraphStore store = SharedEmbeddedStore.store();
    private final Dataset article = TestDatasets.bundled();

    @BeforeEach
    void importArticle() {
        TestDatasets.importAlone(store, article);
    }

    @Test
    void theStoreHoldsTheWholeDatasetByKind() {
        StoreSummary summary = store.summary();
        for (NodeKind kind : NodeKind.values()) {
            assertThat(summary.nodes(kind)).as(kind.code())
                    .isEqualTo(article.nodes().stream().filter(n -> n.kind() == kind).count());
        }
        assertThat(summary.totalLinks()).isEqualTo(article.links().size());
    }

    @Test
    void importingTheArticleTwiceLeavesTheStoreUnchanged() {
        String before = store.contentDigest();
        TestDatasets.importAlone(store, article);
        assertThat(store.contentDigest()).isEqualTo(before);
    }

    @Test
    void theArticleImportedHasTheContentDigestTheBundledSessionWasSavedWith() throws Exception {
        // The session was saved over a store written in the earlier form of contributions (decision 0009): the
        // digest counts them whole, so the compact form of decision 0026 must give back exactly the same texts.
        String bundled = "org/backchannel/data/sessions/back-channel-1969-1977.backchannel";
        byte[] content;
        try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream(bundled)) {
            content = in.readAllBytes();
        }
        assertThat(store.contentDigest()).isEqualTo(new SessionReader().read(bundled, content).store().contentDigest());
    }

    @Test
    void nixonReachesDobryninThroughTheBackChannel() {
        List<GraphPath> paths = store.shortestPaths(PathQuery.shortest("richard-nixon", "anatoly-dobrynin", 6));
        assertThat(paths).singleElement().satisfies(path -> {
            assertThat(path.hops()).isEqualTo(2);
            assertThat(path.nodes()).extracting(GraphNode::id)
                    .containsExactly("richard-nixon", "kissinger-dobrynin-back-channel", "anatoly-dobrynin");
        });
    }

    @Test
    void allShortestPathsFromBidenToPutinGoThroughBurns() {
        List<GraphPath> paths = store.shortestPaths(PathQuery.allShortest("joe-biden", "vladimir-putin", 6, 20));
        assertThat(paths).isNotEmpty().allSatisfy(p -> assertThat(p.nodes()).extracting(GraphNode::id).contains("william-burns"));
        assertThat(paths).extracting(GraphPath::hops).containsOnly(paths.get(0).hops());
    }

    @Test
    void whoBurnsSpokeWithIn2021And2022() {
        List<Exchange> exchanges = store.exchanges(ExchangeQuery.involving("william-burns",
                new GraphFilter(Set.of(), new YearRange(2021, 2022)), 50));
        assertThat(exchanges).extracting(e -> e.from().id().equals("william-burns") ? e.to().id() : e.from().id())
                .contains("joe-biden", "volodymyr-zelensky", "ukrainian-intelligence-officials", "russia");
        assertThat(exchanges).allSatisfy(e -> {
            assertThat(e.channel()).isNotNull();
            assertThat(e.link().citations()).isNotEmpty();
            assertThat(e.link().span().years()).hasValueSatisfying(y -> assertThat(y.overlaps(new YearRange(2021, 2022))).isTrue());
        });
        assertThat(exchanges).extracting(e -> e.link().span().start()).isSorted();
    }

    @Test
    void kissingerAndDobryninSpokeThroughTheBackChannelOverCienfuegosIn1970() {
        List<Exchange> exchanges = store.exchanges(ExchangeQuery.between("henry-kissinger", "anatoly-dobrynin",
                new GraphFilter(Set.of(ChannelType.BACK_CHANNEL), new YearRange(1970, 1970)), 10));
        assertThat(exchanges).isNotEmpty().allSatisfy(e -> assertThat(e.channel().id()).isEqualTo("kissinger-dobrynin-back-channel"));
    }

    @Test
    void theBackChannelFilterShowsBackChannelsAndNoOtherChannels() {
        Subgraph backChannels = store.overview(new GraphFilter(Set.of(ChannelType.BACK_CHANNEL), null), 1_000);
        assertThat(backChannels.nodes()).filteredOn(n -> n.kind() == NodeKind.CHANNEL)
                .isNotEmpty().allSatisfy(n -> assertThat(n.channelType()).isEqualTo(ChannelType.BACK_CHANNEL));
        assertThat(backChannels.links()).filteredOn(l -> l.type() == LinkType.SPOKE_WITH).extracting(GraphLink::channelId)
                .contains("kissinger-dobrynin-back-channel", "india-pakistan-back-channel")
                .doesNotContain("burns-trusted-emissary-channel");
    }

    @Test
    void theDetenteEraShowsNixonAndKissingerButNotBiden() {
        Subgraph detente = store.overview(new GraphFilter(Set.of(), new YearRange(1969, 1979)), 1_000);
        assertThat(detente.nodes()).extracting(GraphNode::id)
                .contains("richard-nixon", "henry-kissinger", "anatoly-dobrynin", "cienfuegos-crisis-1970", "washington-moscow-hotline")
                .doesNotContain("joe-biden", "volodymyr-zelensky");
    }

    @Test
    void expandingBurnsShowsHisChannelsAndCounterparts() {
        Subgraph burns = store.neighbours("william-burns", 100);
        assertThat(burns.nodes()).extracting(GraphNode::id)
                .contains("william-burns", "burns-trusted-emissary-channel", "central-intelligence-agency", "volodymyr-zelensky");
        assertThat(burns.capped()).isFalse();
    }

    @Test
    void searchFindsPeopleByPartOfTheirNameOrAlias() {
        assertThat(store.search("dobry", 5)).extracting(h -> h.node().id()).first().isEqualTo("anatoly-dobrynin");
        assertThat(store.search("KISSINGER", 5)).extracting(h -> h.node().id()).contains("henry-kissinger");
        assertThat(store.search("kremlin", 5)).extracting(h -> h.node().id()).contains("russia");
        assertThat(store.search("zelenskyy", 5)).extracting(h -> h.node().id()).contains("volodymyr-zelensky");
    }

    @Test
    void sourcesComeBackWithTheirBibliographicDetails() {
        assertThat(store.sources()).containsExactlyInAnyOrderElementsOf(article.sources());
    }

    @Test
    void factsComeBackWithTheirQuotes() {
        GraphNode cienfuegos = store.neighbours("cienfuegos-crisis-1970", 1).nodes().get(0);
        assertThat(cienfuegos.citations()).isNotEmpty()
                .anySatisfy(c -> assertThat(c.quote()).contains("Cienfuegos"));
        assertThat(cienfuegos).isEqualTo(TestDatasets.asStored(article.node("cienfuegos-crisis-1970").orElseThrow(), article.id()));
    }

    @Test
    void theOverviewSendsOutlinesThatAreTheDatasetsElementsWithoutDescriptionAndQuotes() {
        Subgraph all = store.overview(GraphFilter.ALL, 1_000);

        assertThat(all.nodes()).hasSize(article.nodes().size()).allSatisfy(n -> {
            GraphNode whole = article.node(n.id()).orElseThrow();
            assertThat(n).isEqualTo(new GraphNode(whole.id(), whole.kind(), whole.name(), whole.aliases(), whole.category(),
                    whole.channelType(), whole.secrecy(), null, whole.span(), whole.certainty(), List.of()));
        });
        Map<String, GraphLink> links = article.links().stream().collect(Collectors.toMap(GraphLink::id, l -> l));
        assertThat(all.links()).hasSize(article.links().size()).allSatisfy(l -> {
            GraphLink whole = links.get(l.id());
            assertThat(l).isEqualTo(new GraphLink(whole.id(), whole.type(), whole.fromId(), whole.toId(), whole.channelId(),
                    whole.role(), null, whole.span(), whole.certainty(), List.of(), null, whole.sourceIds()));
        });
        assertThat(all.links()).anySatisfy(l -> assertThat(l.sourceIds()).contains("somerville-2022"));
    }

    @Test
    void detailsGiveTheWholeNodeOrLinkWithEveryQuote() {
        assertThat(store.nodeDetails("henry-kissinger"))
                .contains(TestDatasets.asStored(article.node("henry-kissinger").orElseThrow(), article.id()));
        for (GraphLink link : article.links()) {
            assertThat(store.linkDetails(link.id(), link.type())).as(link.id()).contains(TestDatasets.asStored(link, article.id()));
        }
        assertThat(store.nodeDetails("nobody")).isEmpty();
        GraphLink any = article.links().get(0);
        assertThat(store.linkDetails(any.id(), any.type() == LinkType.SPOKE_WITH ? LinkType.LED_TO : LinkType.SPOKE_WITH)).isEmpty();
    }
}
