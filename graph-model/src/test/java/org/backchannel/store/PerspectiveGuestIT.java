package org.backchannel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backchannel.testing.ForeignCommunications.CABLES;
import static org.backchannel.testing.ForeignCommunications.EMBASSIES;
import static org.backchannel.testing.ForeignCommunications.ENCOUNTERS;
import static org.backchannel.testing.ForeignCommunications.PEOPLE;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.model.ChannelType;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.model.YearRange;
import org.backchannel.perspective.DateFormat;
import org.backchannel.perspective.LinkRole;
import org.backchannel.perspective.NodeRole;
import org.backchannel.perspective.Perspective;
import org.backchannel.perspective.PerspectiveException;
import org.backchannel.perspective.PerspectiveMapping;
import org.backchannel.perspective.PerspectiveProposal;
import org.backchannel.perspective.PropertyRoles;
import org.backchannel.perspective.SchemaSample;
import org.backchannel.store.neo4j.Neo4jGraphStore;
import org.backchannel.store.neo4j.PerspectiveStore;
import org.backchannel.testing.ForeignCommunications;
import org.backchannel.testing.ForeignCommunications.Encounter;
import org.backchannel.testing.GuestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Someone else's communications graph — people, embassies, {@code SENT_CABLE} relationships dated
 * in epoch milliseconds, and meetings recorded as {@code Encounter} nodes with day-first dates —
 * read through a perspective proposed from its schema and corrected as a user would: the
 * channel-type and era filters, the exchanges table, paths and search work on it, and the database's
 * digest and index list are the same afterwards.
 */
class PerspectiveGuestIT {

    @TempDir
    static Path home;

    private static GuestNeo4j server;
    private static Neo4jGraphStore guest;
    private static PerspectiveStore store;
    private static Perspective proposed;
    private static String digestBefore;
    private static List<Map<String, Object>> schemaBefore;

    @BeforeAll
    static void someoneElsesCablesAndMeetings() throws PerspectiveException {
        server = GuestNeo4j.start(home, GuestNeo4j.Options.WRITABLE);
        ForeignCommunications.seed(server);
        schemaBefore = server.schema();
        guest = Neo4jGraphStore.connect(GuestDatabases.settings(server, "bolt"));
        digestBefore = guest.contentDigest();
        SchemaSample sample = PerspectiveStore.sample(guest);
        proposed = PerspectiveProposal.propose(sample);
        store = PerspectiveStore.open(guest, sample, corrected(proposed), "the dialog");
    }

    /** What the user changes in the dialog: encounters are meetings between those who attended, which are official talks. */
    static Perspective corrected(Perspective p) {
        Map<String, NodeRole> labels = new TreeMap<>(p.labels());
        labels.put("Encounter", NodeRole.EXCHANGE);
        Map<String, LinkRole> types = new TreeMap<>(p.relationshipTypes());
        types.put("ATTENDED", LinkRole.PARTY);
        Map<String, String> channels = new TreeMap<>(p.exchangeChannels());
        channels.put("Encounter", "meeting");
        Map<String, ChannelType> values = new TreeMap<>(p.channelTypes());
        values.put("meeting", ChannelType.OFFICIAL_TALKS);
        return new Perspective(labels, types, p.properties(), p.dateFormats(), values, channels);
    }

    @AfterAll
    static void stop() {
        guest.close();
        server.close();
    }

    @Test
    void theProposalReadsTheSchemaAndLeavesWhatItDoesNotKnowAsOther() {
        assertThat(proposed.labels()).containsEntry("Person", NodeRole.ACTOR).containsEntry("Embassy", NodeRole.ORGANIZATION)
                .containsEntry("Encounter", NodeRole.OTHER).containsEntry("Topic", NodeRole.OTHER);
        assertThat(proposed.relationshipTypes()).containsEntry("SENT_CABLE", LinkRole.EXCHANGE).containsEntry("WORKS_AT", LinkRole.PARTICIPATION);
        assertThat(proposed.dateFormat("sentAt")).isEqualTo(DateFormat.EPOCH_MILLIS);
        assertThat(proposed.dateFormat("date")).isEqualTo(DateFormat.DAY_FIRST);
        assertThat(proposed.channelType(proposed.exchangeChannels().get("SENT_CABLE"))).contains(ChannelType.DIPLOMATIC_MISSION);
    }

    @Test
    void theOverviewDrawsCablesAndMeetingsAsExchangesThroughTheirChannels() {
        Subgraph overview = store.overview(GraphFilter.ALL, 100);
        Map<NodeKind, Long> kinds = new HashMap<>();
        overview.nodes().stream().filter(n -> !n.isForeign()).forEach(n -> kinds.merge(n.kind(), 1L, Long::sum));
        assertThat(kinds).containsEntry(NodeKind.ACTOR, (long) PEOPLE.size()).containsEntry(NodeKind.ORGANIZATION, (long) EMBASSIES.size())
                .containsEntry(NodeKind.CHANNEL, 2L);
        assertThat(overview.nodes()).filteredOn(GraphNode::isForeign).extracting(GraphNode::name).containsExactly("Sanctions");
        long meetingPairs = ENCOUNTERS.stream().mapToLong(e -> (long) e.attended().size() * (e.attended().size() - 1) / 2).sum();
        assertThat(overview.links()).filteredOn(l -> l.type() == LinkType.SPOKE_WITH).hasSize(CABLES.size() + (int) meetingPairs);
        assertThat(overview.links()).filteredOn(l -> l.type() == LinkType.AFFILIATED_WITH).hasSize(1);
        assertThat(store.valueNotice()).startsWith("1 date did not parse").contains("31/02/2016");
    }

    @Test
    void meetingsComeOutAsMutualExchangesAndCablesKeepTheirDirection() {
        Subgraph overview = store.overview(GraphFilter.ALL, 100);
        Map<String, String> names = names(overview);
        List<GraphLink> exchanges = overview.links().stream().filter(l -> l.type() == LinkType.SPOKE_WITH).toList();
        List<GraphLink> meetings = exchanges.stream().filter(l -> PerspectiveMapping.exchangeNodeOf(l.id()).isPresent()).toList();
        assertThat(meetings).isNotEmpty().allSatisfy(l -> assertThat(l.mutual()).isTrue());
        assertThat(exchanges).filteredOn(l -> !meetings.contains(l)).extracting(l -> names.get(l.fromId()) + " → " + names.get(l.toId()))
                .containsExactlyInAnyOrderElementsOf(CABLES.stream().map(c -> c.from() + " → " + c.to()).toList());
        assertThat(exchanges).filteredOn(l -> !meetings.contains(l)).noneMatch(GraphLink::mutual);
        // The same meeting read again for the details pane and the exchanges table stays mutual.
        assertThat(store.linkDetails(meetings.get(0).id(), LinkType.SPOKE_WITH)).get().extracting(GraphLink::mutual).isEqualTo(true);
        List<Exchange> talks = store.exchanges(ExchangeQuery.involving(idOf(names, "Sergey Kislyak"),
                new GraphFilter(Set.of(ChannelType.OFFICIAL_TALKS), null), 50));
        assertThat(talks).isNotEmpty().allSatisfy(x -> assertThat(x.link().mutual()).isTrue());
    }

    @Test
    void theChannelTypeAndEraFiltersWorkOnTheMappedStore() {
        Subgraph overview = store.overview(GraphFilter.ALL, 100);
        LoadedGraph graph = LoadedGraph.of(overview.nodes(), overview.links());
        Map<String, String> names = names(overview);

        VisibleGraph talks = VisibleGraph.of(graph, new GraphFilter(Set.of(ChannelType.OFFICIAL_TALKS), null));
        List<String> talkPairs = spokeWith(overview, talks, names);
        List<String> expected = new java.util.ArrayList<>();
        for (Encounter e : ENCOUNTERS) {
            List<String> parties = e.attended().stream().sorted(java.util.Comparator.comparing(n -> idOf(names, n))).toList();
            for (int i = 0; i < parties.size(); i++) {
                for (int j = i + 1; j < parties.size(); j++) {
                    expected.add(parties.get(i) + " – " + parties.get(j));
                }
            }
        }
        assertThat(talkPairs).containsExactlyInAnyOrderElementsOf(expected);

        VisibleGraph in2017 = VisibleGraph.of(graph, new GraphFilter(Set.of(), new YearRange(2017, 2017)));
        List<GraphLink> dated = overview.links().stream().filter(l -> in2017.linkIds().contains(l.id()) && l.span().isDated()).toList();
        assertThat(dated).extracting(l -> names.get(l.fromId()) + " – " + names.get(l.toId()))
                .containsExactlyElementsOf(CABLES.stream().filter(c -> c.sent().getYear() == 2017).map(c -> c.from() + " – " + c.to()).toList());
    }

    @Test
    void theExchangesTableListsCablesAndMeetingsOfAnActorOldestFirst() {
        String kislyak = idOf(names(store.overview(GraphFilter.ALL, 100)), "Sergey Kislyak");
        List<Exchange> all = store.exchanges(ExchangeQuery.involving(kislyak, GraphFilter.ALL, 50));
        long cables = CABLES.stream().filter(c -> c.from().equals("Sergey Kislyak") || c.to().equals("Sergey Kislyak")).count();
        long meetings = ENCOUNTERS.stream().filter(e -> e.attended().contains("Sergey Kislyak")).mapToLong(e -> e.attended().size() - 1).sum();
        assertThat(all).hasSize((int) (cables + meetings));
        assertThat(all.get(0).link().span().start().toString()).isEqualTo("2016-12-01");
        assertThat(all.get(all.size() - 1).link().span().isDated()).isFalse();
        List<Exchange> talks = store.exchanges(ExchangeQuery.involving(kislyak, new GraphFilter(Set.of(ChannelType.OFFICIAL_TALKS), null), 50));
        assertThat(talks).hasSize((int) meetings).allSatisfy(x -> assertThat(x.channel().channelType()).isEqualTo(ChannelType.OFFICIAL_TALKS));
    }

    @Test
    void aPathGoesThroughMeetingsAndCablesAsExchanges() {
        Map<String, String> names = names(store.overview(GraphFilter.ALL, 100));
        List<GraphPath> paths = store.shortestPaths(PathQuery.shortest(idOf(names, "Sergey Gorkov"), idOf(names, "Sergey Lávrov"), 4));
        assertThat(paths).hasSize(1);
        assertThat(paths.get(0).nodes()).extracting(GraphNode::name)
                .containsExactly("Sergey Gorkov", "Jared Kushner", "Sergey Kislyak", "Sergey Lávrov");
        assertThat(paths.get(0).links()).allSatisfy(l -> assertThat(l.type()).isEqualTo(LinkType.SPOKE_WITH));
        assertThat(store.linkDetails(paths.get(0).links().get(0).id(), LinkType.SPOKE_WITH)).isPresent();
    }

    @Test
    void searchFoldsAccentsWithAndWithoutAPerspective() {
        assertThat(store.search("Lavrov", 5)).first().satisfies(hit -> assertThat(hit.node().name()).isEqualTo("Sergey Lávrov"));
        assertThat(store.search("sergey lávrov", 5)).first().satisfies(hit -> assertThat(hit.score()).isEqualTo(2.0));
        assertThat(guest.search("LAVROV", 5)).extracting(hit -> hit.node().name()).containsExactly("Sergey Lávrov");
    }

    @Test
    void aFilterOnACappedStoreFetchesWhatItLetsIn() {
        int cap = 3;
        Subgraph talks = store.overview(new GraphFilter(Set.of(ChannelType.OFFICIAL_TALKS), null), cap);
        Map<String, Long> meetingsOf = new HashMap<>();
        for (Encounter e : ENCOUNTERS) {
            e.attended().forEach(p -> meetingsOf.merge(p, (long) e.attended().size() - 1, Long::sum));
        }
        List<String> mostInMeetings = meetingsOf.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(cap).map(Map.Entry::getKey).toList();
        assertThat(meetingsOf.values().stream().sorted(java.util.Comparator.reverseOrder()).skip(cap - 1).limit(2).distinct().count())
                .as("the fixture's third and fourth parties differ in meetings, so the choice is not a tie").isEqualTo(2);

        assertThat(talks.capped()).isTrue();
        assertThat(talks.nodes()).filteredOn(n -> n.kind() == NodeKind.ACTOR).extracting(GraphNode::name)
                .containsExactlyInAnyOrderElementsOf(mostInMeetings);
        assertThat(talks.links()).filteredOn(l -> l.type() == LinkType.SPOKE_WITH).isNotEmpty()
                .anySatisfy(l -> assertThat(talks.nodes()).filteredOn(n -> n.id().equals(l.channelId()))
                        .extracting(GraphNode::channelType).containsExactly(ChannelType.OFFICIAL_TALKS));
    }

    @Test
    void aPathIsFoundAmongTheExchangesTheFilterLetsThrough() {
        Map<String, String> names = names(store.overview(GraphFilter.ALL, 100));
        String flynn = idOf(names, "Michael Flynn");
        String kislyak = idOf(names, "Sergey Kislyak");
        // The store's shortest path is the one cable; under the filter, only their meeting carries a message.
        GraphFilter talks = new GraphFilter(Set.of(ChannelType.OFFICIAL_TALKS), null);

        List<GraphPath> paths = store.shortestPaths(new PathQuery(flynn, kislyak, 3, false, talks, 1));

        assertThat(paths).hasSize(1);
        assertThat(paths.get(0).nodes()).extracting(GraphNode::name).containsExactly("Michael Flynn", "Sergey Kislyak");
        GraphLink meeting = paths.get(0).links().get(0);
        assertThat(store.nodeDetails(meeting.channelId())).get().extracting(GraphNode::channelType).isEqualTo(ChannelType.OFFICIAL_TALKS);
        assertThat(store.shortestPaths(new PathQuery(flynn, kislyak, 3, false, GraphFilter.ALL, 1))).hasSize(1);
    }

    @Test
    void searchAsksTheStoresFullTextIndexWhereThereIsOne() throws PerspectiveException {
        server.run("CREATE FULLTEXT INDEX guest_names FOR (n:Person|Embassy|Encounter) ON EACH [n.name, n.title] "
                + "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}");
        try {
            server.run("CALL db.awaitIndexes(60)");
            PerspectiveStore indexed = PerspectiveStore.open(guest, PerspectiveStore.sample(guest), corrected(proposed), "the dialog");
            assertThat(indexed.searchIndex()).contains("guest_names");
            assertThat(store.searchIndex()).isEmpty();

            List<String> sergeys = PEOPLE.stream().filter(n -> n.startsWith("Sergey")).toList();
            assertThat(indexed.search("sergey", 10)).extracting(hit -> hit.node().name()).containsExactlyInAnyOrderElementsOf(sergeys);
            assertThat(indexed.search("Sergey Lavrov", 5)).first().satisfies(hit -> {
                assertThat(hit.node().name()).isEqualTo("Sergey Lávrov");
                assertThat(hit.score()).isEqualTo(2.0);
            });
            assertThat(indexed.search("Trump", 5)).as("an exchange node is drawn as a link, never a hit").isEmpty();
        } finally {
            server.run("DROP INDEX guest_names");
        }
    }

    @Test
    void withoutAFullTextIndexAnExactNameIsSoughtInTheOwnersRangeIndexBeforeTheScan() throws PerspectiveException {
        server.run("CREATE RANGE INDEX guest_person_names FOR (n:Person) ON (n.name)");
        try {
            server.run("CALL db.awaitIndexes(60)");
            PerspectiveStore seeking = PerspectiveStore.open(guest, PerspectiveStore.sample(guest), corrected(proposed), "the dialog");
            assertThat(seeking.exactNameSeeks()).containsExactly("Person.name");
            assertThat(store.exactNameSeeks()).isEmpty();

            assertThat(seeking.search("Sergey Kislyak", 5)).extracting(hit -> hit.node().name(), SearchHit::score)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Sergey Kislyak", 2.0));
            // What the index does not hold as typed is still scanned for, folding case and accents.
            assertThat(seeking.search("sergey lavrov", 5)).first().extracting(hit -> hit.node().name()).isEqualTo("Sergey Lávrov");
            assertThat(seeking.search("Embassy of Russia in Washington", 5)).extracting(hit -> hit.node().name())
                    .containsExactly("Embassy of Russia in Washington");
        } finally {
            server.run("DROP INDEX guest_person_names");
        }
    }

    @Test
    void aPerspectiveWithoutDatesSaysWhyTheEraFilterIsOff() throws PerspectiveException {
        PropertyRoles p = proposed.properties();
        Perspective undated = new Perspective(proposed.labels(), proposed.relationshipTypes(),
                new PropertyRoles(p.name(), List.of(), List.of(), List.of(), p.channelType(), p.secrecy(), p.quote(), p.source()),
                Map.of(), proposed.channelTypes(), proposed.exchangeChannels());

        assertThat(PerspectiveStore.open(guest, PerspectiveStore.sample(guest), undated, "t").undatedReason()).get().asString()
                .contains("era filter is off");
        assertThat(store.undatedReason()).isEmpty();
    }

    @Test
    void aPerspectiveNamingWhatTheStoreLacksIsRefusedNamingIt() {
        Perspective other = new Perspective(Map.of("Persn", NodeRole.ACTOR), Map.of(), proposed.properties(), Map.of(), Map.of(), Map.of());
        assertThatThrownBy(() -> PerspectiveStore.open(guest, PerspectiveStore.sample(guest), other, "team.json"))
                .isInstanceOf(PerspectiveException.class).hasMessageContaining("label \"Persn\" is not in the store");
    }

    @Test
    void readingThroughThePerspectiveWritesNothing() {
        store.overview(GraphFilter.ALL, 3);
        store.neighbours(idOf(names(store.overview(GraphFilter.ALL, 100)), "Jared Kushner"), 10);
        store.summary();
        assertThat(server.schema()).isEqualTo(schemaBefore);
        assertThat(guest.contentDigest()).isEqualTo(digestBefore);
    }

    private static Map<String, String> names(Subgraph graph) {
        Map<String, String> names = new LinkedHashMap<>();
        graph.nodes().forEach(n -> names.put(n.id(), n.name()));
        return names;
    }

    private static String idOf(Map<String, String> names, String name) {
        return names.entrySet().stream().filter(e -> e.getValue().equals(name)).findFirst().orElseThrow().getKey();
    }

    private static List<String> spokeWith(Subgraph overview, VisibleGraph visible, Map<String, String> names) {
        return overview.links().stream().filter(l -> l.type() == LinkType.SPOKE_WITH && visible.linkIds().contains(l.id()))
                .map(l -> names.get(l.fromId()) + " – " + names.get(l.toId())).toList();
    }
}
