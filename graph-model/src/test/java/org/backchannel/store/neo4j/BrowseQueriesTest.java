package org.backchannel.store.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.backchannel.model.ChannelType;
import org.backchannel.model.LinkType;
import org.backchannel.model.YearRange;
import org.backchannel.store.GraphFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BrowseQueriesTest {

    private static final Pattern PARAMETER = Pattern.compile("\\$(\\w+)");
    private static final Pattern PATH_TYPES = Pattern.compile("\\[:([A-Z_|]+)\\*1\\.\\.(\\d+)]");

    private static final List<String> FILTERED = List.of(
            OverviewQuery.NODES, OverviewQuery.LINKS, BrowseQueries.EXCHANGES,
            BrowseQueries.paths(false, 4), BrowseQueries.paths(true, 3));

    @Test
    void noFilterMeansNullTypesAndYears() {
        Map<String, Object> parameters = BrowseQueries.filterParameters(GraphFilter.ALL);

        assertThat(parameters).containsOnlyKeys("types", "fromYear", "toYear");
        assertThat(parameters.get("types")).isNull();
        assertThat(parameters.get("fromYear")).isNull();
        assertThat(parameters.get("toYear")).isNull();
    }

    @Test
    void channelTypesBecomeTheirSortedCodes() {
        GraphFilter filter = new GraphFilter(EnumSet.of(ChannelType.TRUSTED_EMISSARY, ChannelType.BACK_CHANNEL,
                ChannelType.INTELLIGENCE), null);

        Map<String, Object> parameters = BrowseQueries.filterParameters(filter);

        assertThat(parameters.get("types")).isEqualTo(List.of("back-channel", "intelligence", "trusted-emissary"));
        assertThat(parameters.get("fromYear")).isNull();
        assertThat(parameters.get("toYear")).isNull();
    }

    @Test
    void yearsBecomeLongBounds() {
        Map<String, Object> parameters = BrowseQueries.filterParameters(new GraphFilter(Set.of(), new YearRange(1969, 1979)));

        assertThat(parameters.get("types")).isNull();
        assertThat(parameters.get("fromYear")).isInstanceOf(Long.class).isEqualTo(1969L);
        assertThat(parameters.get("toYear")).isInstanceOf(Long.class).isEqualTo(1979L);
    }

    @Test
    void typesAndYearsTogetherAreBothPassed() {
        Map<String, Object> parameters = BrowseQueries.filterParameters(
                new GraphFilter(Set.of(ChannelType.HEAD_OF_STATE_LINE), new YearRange(2014, 2022)));

        assertThat(parameters).containsEntry("types", List.of("head-of-state-line"))
                .containsEntry("fromYear", 2014L)
                .containsEntry("toYear", 2022L);
    }

    @Test
    void shortestPathFollowsOnlyCommunicationLinksUpToTheHopCap() {
        String statement = BrowseQueries.paths(false, 4);

        assertThat(statement).contains("shortestPath(", "*1..4").doesNotContain("allShortestPaths");
        assertThat(pathTypes(statement)).isEqualTo(communicationTypes());
    }

    @Test
    void allShortestPathsIsUsedWhenAllPathsAreWanted() {
        String statement = BrowseQueries.paths(true, 3);

        assertThat(statement).contains("allShortestPaths(", "*1..3");
        assertThat(pathTypes(statement)).isEqualTo(communicationTypes());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 6, 10})
    void theHopCapIsTheOnlyNumberSplicedIntoAPathQuery(int maxHops) {
        Matcher m = PATH_TYPES.matcher(BrowseQueries.paths(false, maxHops));

        assertThat(m.find()).isTrue();
        assertThat(Integer.parseInt(m.group(2))).isEqualTo(maxHops);
    }

    @Test
    void pathsRunBetweenTheParameterisedEndpointsAndAreFilteredOnEveryRelationship() {
        String statement = BrowseQueries.paths(false, 4);

        assertThat(statement).contains("{id: $from}", "{id: $to}", "all(r IN relationships(p) WHERE", "LIMIT $limit");
    }

    @Test
    void everyFilteredStatementTakesTheFilterAsParameters() {
        assertThat(FILTERED).allSatisfy(statement -> assertThat(statement).contains("$types", "$fromYear", "$toYear"));
    }

    @Test
    void theFilterUsesExactlyTheParametersFilterParametersProvides() {
        Set<String> used = parameters(OverviewQuery.NODES);
        used.remove("limit");

        assertThat(used).isEqualTo(BrowseQueries.filterParameters(GraphFilter.ALL).keySet());
    }

    @Test
    void noStatementContainsAStringLiteral() {
        assertThat(allStatements()).allSatisfy(statement -> assertThat(statement).doesNotContain("'").doesNotContain("\""));
    }

    @Test
    void everyRelationshipTypeSplicedIntoAStatementIsOneOfOurs() {
        Pattern relationshipTypes = Pattern.compile("\\[\\w*:([A-Z_|]+)");
        Set<String> ours = Arrays.stream(LinkType.values()).map(LinkType::relationshipType).collect(Collectors.toSet());
        Set<String> types = new TreeSet<>();
        for (String statement : allStatements()) {
            Matcher m = relationshipTypes.matcher(statement);
            while (m.find()) {
                types.addAll(Arrays.asList(m.group(1).split("\\|")));
            }
        }
        assertThat(types).isNotEmpty().isSubsetOf(ours);
    }

    @Test
    void neighboursAndLinksAmongFollowOnlyOurRelationshipTypes() {
        assertThat(List.of(OverviewQuery.LINKS, BrowseQueries.NEIGHBOURS)).allSatisfy(statement ->
                assertThat(statement).contains(Arrays.stream(LinkType.values()).map(LinkType::relationshipType).sorted()
                        .collect(Collectors.joining("|"))));
    }

    @Test
    void everyStatementReturningRowsIsBoundedByALimitParameter() {
        assertThat(List.of(OverviewQuery.NODES, OverviewQuery.LINKS, BrowseQueries.NEIGHBOURS,
                BrowseQueries.EXCHANGES, BrowseQueries.SEARCH, BrowseQueries.paths(false, 4), BrowseQueries.paths(true, 3)))
                .allSatisfy(statement -> assertThat(statement).contains("LIMIT $limit"));
    }

    private static List<String> allStatements() {
        List<String> all = new java.util.ArrayList<>(List.of(OverviewQuery.NODES, BrowseQueries.ENTITY_COUNT, OverviewQuery.LINKS,
                BrowseQueries.NEIGHBOURS, BrowseQueries.EXCHANGES, BrowseQueries.SEARCH, BrowseQueries.NODE_DETAILS,
                BrowseQueries.FOREIGN_NODE_DETAILS, BrowseQueries.paths(false, 4), BrowseQueries.paths(true, 3)));
        Arrays.stream(LinkType.values()).map(BrowseQueries::linkDetails).forEach(all::add);
        return all;
    }

    private static Set<String> pathTypes(String statement) {
        Matcher m = PATH_TYPES.matcher(statement);
        assertThat(m.find()).as("relationship pattern in %s", statement).isTrue();
        return new TreeSet<>(Arrays.asList(m.group(1).split("\\|")));
    }

    private static Set<String> communicationTypes() {
        return LinkType.COMMUNICATION.stream().map(LinkType::relationshipType).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> parameters(String statement) {
        Set<String> names = new TreeSet<>();
        Matcher m = PARAMETER.matcher(statement);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
