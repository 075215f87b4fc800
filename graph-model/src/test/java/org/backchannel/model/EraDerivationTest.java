package org.backchannel.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EraDerivationTest {

    private static final List<Citation> CITED = List.of(new Citation("text", "a quote", null));

    @Test
    void aNodesOwnDatesWinOverItsLinksAndNeighbours() {
        List<GraphNode> nodes = List.of(
                actor("nixon", span(1969, 1974)),
                organization("white-house", span(1800, 2100)));
        List<GraphLink> links = List.of(link("office", LinkType.HOLDS_OFFICE, "nixon", "white-house", null, span(1950, 1990)));

        EraDerivation derivation = EraDerivation.of(nodes, links);

        assertThat(derivation.nodeYears("nixon")).contains(new YearRange(1969, 1974));
    }

    @Test
    void aNodeWithoutDatesTakesTheUnionOfItsDatedLinks() {
        List<GraphNode> nodes = List.of(
                actor("kissinger", TimeSpan.UNDATED),
                actor("dobrynin", TimeSpan.UNDATED),
                organization("state-department", TimeSpan.UNDATED));
        List<GraphLink> links = List.of(
                link("met", LinkType.SPOKE_WITH, "kissinger", "dobrynin", null, span(1970, 1970)),
                link("served", LinkType.AFFILIATED_WITH, "kissinger", "state-department", null, span(1973, 1977)),
                link("undated", LinkType.AFFILIATED_WITH, "dobrynin", "state-department", null, TimeSpan.UNDATED));

        EraDerivation derivation = EraDerivation.of(nodes, links);

        assertThat(derivation.nodeYears("kissinger")).contains(new YearRange(1970, 1977));
        assertThat(derivation.nodeYears("dobrynin")).contains(new YearRange(1970, 1970));
        assertThat(derivation.nodeYears("state-department")).contains(new YearRange(1973, 1977));
    }

    @Test
    void datedLinksWinOverDatedNeighbours() {
        List<GraphNode> nodes = List.of(
                actor("envoy", TimeSpan.UNDATED),
                organization("embassy", span(1900, 2000)));
        List<GraphLink> links = List.of(
                link("posted", LinkType.AFFILIATED_WITH, "envoy", "embassy", null, TimeSpan.UNDATED),
                link("visited", LinkType.AFFILIATED_WITH, "envoy", "embassy", null, span(1980, 1981)));

        EraDerivation derivation = EraDerivation.of(nodes, links);

        assertThat(derivation.nodeYears("envoy")).contains(new YearRange(1980, 1981));
    }

    @Test
    void aNodeWithNoDatedLinksTakesTheUnionOfItsDatedNeighbours() {
        List<GraphNode> nodes = List.of(
                organization("united-states", TimeSpan.UNDATED),
                channel("hotline", span(1963, 1963)),
                channel("back-channel", span(1969, 1972)),
                channel("undated-channel", TimeSpan.UNDATED));
        List<GraphLink> links = List.of(
                link("us-hotline", LinkType.CONNECTS, "hotline", "united-states", null, TimeSpan.UNDATED),
                link("us-back-channel", LinkType.CONNECTS, "back-channel", "united-states", null, TimeSpan.UNDATED),
                link("us-undated", LinkType.CONNECTS, "undated-channel", "united-states", null, TimeSpan.UNDATED));

        EraDerivation derivation = EraDerivation.of(nodes, links);

        assertThat(derivation.nodeYears("united-states")).contains(new YearRange(1963, 1972));
        assertThat(derivation.nodeYears("undated-channel")).isEmpty();
    }

    @Test
    void neighboursAreFoundAlongLinksInEitherDirection() {
        List<GraphNode> nodes = List.of(
                event("summit", TimeSpan.UNDATED),
                channel("talks", span(1985, 1986)),
                outcome("treaty", span(1987, 1987)));
        List<GraphLink> links = List.of(
                link("within", LinkType.PART_OF, "summit", "talks", null, TimeSpan.UNDATED),
                link("result", LinkType.LED_TO, "treaty", "summit", null, TimeSpan.UNDATED));

        EraDerivation derivation = EraDerivation.of(nodes, links);

        assertThat(derivation.nodeYears("summit")).contains(new YearRange(1985, 1987));
    }

    @Test
    void aLinksOwnDatesWin() {
        List<GraphNode> nodes = List.of(actor("a", span(1960, 1960)), actor("b", span(1961, 1961)), channel("line", span(1962, 1962)));
        List<GraphLink> links = List.of(link("talk", LinkType.SPOKE_WITH, "a", "b", "line", span(1970, 1971)));

        assertThat(EraDerivation.of(nodes, links).linkYears("talk")).contains(new YearRange(1970, 1971));
    }

    @Test
    void anUndatedExchangeTakesTheYearsOfItsChannelBeforeThoseOfItsEndpoints() {
        List<GraphNode> nodes = List.of(actor("a", span(1960, 1960)), actor("b", span(1961, 1961)), channel("line", span(1969, 1972)));
        List<GraphLink> links = List.of(link("talk", LinkType.SPOKE_WITH, "a", "b", "line", TimeSpan.UNDATED));

        assertThat(EraDerivation.of(nodes, links).linkYears("talk")).contains(new YearRange(1969, 1972));
    }

    @Test
    void anUndatedLinkWithAnUndatedChannelTakesTheYearsOfItsToNode() {
        List<GraphNode> nodes = List.of(actor("a", span(1960, 1960)), actor("b", span(1961, 1961)), channel("line", TimeSpan.UNDATED));
        List<GraphLink> links = List.of(link("talk", LinkType.SPOKE_WITH, "a", "b", "line", TimeSpan.UNDATED));

        assertThat(EraDerivation.of(nodes, links).linkYears("talk")).contains(new YearRange(1961, 1961));
    }

    @Test
    void anUndatedLinkWithoutChannelPrefersItsToNodeOverItsFromNode() {
        List<GraphNode> nodes = List.of(actor("nixon", span(1913, 1994)), event("visit", span(1972, 1972)));
        List<GraphLink> links = List.of(link("went", LinkType.TOOK_PART_IN, "nixon", "visit", null, TimeSpan.UNDATED));

        assertThat(EraDerivation.of(nodes, links).linkYears("went")).contains(new YearRange(1972, 1972));
    }

    @Test
    void anUndatedLinkWhoseToNodeIsUndatedTakesTheYearsOfItsFromNode() {
        List<GraphNode> nodes = List.of(actor("nixon", span(1969, 1974)), organization("white-house", TimeSpan.UNDATED));
        List<GraphLink> links = List.of(link("office", LinkType.HOLDS_OFFICE, "nixon", "white-house", null, TimeSpan.UNDATED));

        assertThat(EraDerivation.of(nodes, links).linkYears("office")).contains(new YearRange(1969, 1974));
    }

    @Test
    void aLinkTakesOnlyItsEndpointsOwnYearsNotTheirDerivedOnes() {
        List<GraphNode> nodes = List.of(
                actor("a", TimeSpan.UNDATED), actor("b", TimeSpan.UNDATED), organization("c", TimeSpan.UNDATED));
        List<GraphLink> links = List.of(
                link("dated", LinkType.AFFILIATED_WITH, "a", "c", null, span(1980, 1980)),
                link("undated", LinkType.SPOKE_WITH, "a", "b", "nowhere", TimeSpan.UNDATED));

        EraDerivation derivation = EraDerivation.of(nodes, links);

        assertThat(derivation.nodeYears("a")).contains(new YearRange(1980, 1980));
        assertThat(derivation.linkYears("undated")).isEmpty();
    }

    @Test
    void thingsUndatedEverywhereHaveNoYears() {
        List<GraphNode> nodes = List.of(actor("a", TimeSpan.UNDATED), actor("b", TimeSpan.UNDATED), channel("line", TimeSpan.UNDATED));
        List<GraphLink> links = List.of(
                link("talk", LinkType.SPOKE_WITH, "a", "b", "line", TimeSpan.UNDATED),
                link("party", LinkType.PARTICIPATES_IN, "a", "line", null, TimeSpan.UNDATED));

        EraDerivation derivation = EraDerivation.of(nodes, links);

        assertThat(derivation.nodeYears("a")).isEmpty();
        assertThat(derivation.nodeYears("b")).isEmpty();
        assertThat(derivation.nodeYears("line")).isEmpty();
        assertThat(derivation.linkYears("talk")).isEmpty();
        assertThat(derivation.linkYears("party")).isEmpty();
    }

    @Test
    void anIsolatedUndatedNodeHasNoYears() {
        EraDerivation derivation = EraDerivation.of(List.of(actor("hermit", TimeSpan.UNDATED)), List.of());

        assertThat(derivation.nodeYears("hermit")).isEmpty();
    }

    @Test
    void unknownIdsHaveNoYears() {
        EraDerivation derivation = EraDerivation.of(List.of(actor("a", span(1970, 1970))), List.of());

        assertThat(derivation.nodeYears("nobody")).isEmpty();
        assertThat(derivation.linkYears("nothing")).isEmpty();
    }

    @Test
    void anOpenEndedChannelGivesItsUndatedExchangesEveryLaterYear() {
        List<GraphNode> nodes = List.of(actor("a", TimeSpan.UNDATED), actor("b", TimeSpan.UNDATED),
                channel("hotline", new TimeSpan(PartialDate.ofYear(1963), null)));
        List<GraphLink> links = List.of(link("call", LinkType.SPOKE_WITH, "a", "b", "hotline", TimeSpan.UNDATED));

        assertThat(EraDerivation.of(nodes, links).linkYears("call")).contains(new YearRange(1963, PartialDate.MAX_YEAR));
    }

    private static TimeSpan span(int from, int to) {
        return new TimeSpan(PartialDate.ofYear(from), PartialDate.ofYear(to));
    }

    private static GraphNode actor(String id, TimeSpan span) {
        return node(id, NodeKind.ACTOR, "person", span);
    }

    private static GraphNode organization(String id, TimeSpan span) {
        return node(id, NodeKind.ORGANIZATION, "state", span);
    }

    private static GraphNode event(String id, TimeSpan span) {
        return node(id, NodeKind.EVENT, "meeting", span);
    }

    private static GraphNode outcome(String id, TimeSpan span) {
        return node(id, NodeKind.OUTCOME, "agreement", span);
    }

    private static GraphNode channel(String id, TimeSpan span) {
        return new GraphNode(id, NodeKind.CHANNEL, id, List.of(), null, ChannelType.BACK_CHANNEL, Secrecy.SECRET, null, span,
                null, CITED);
    }

    private static GraphNode node(String id, NodeKind kind, String category, TimeSpan span) {
        return new GraphNode(id, kind, id, List.of(), category, null, null, null, span, null, CITED);
    }

    private static GraphLink link(String id, LinkType type, String from, String to, String channel, TimeSpan span) {
        return new GraphLink(id, type, from, to, channel, null, null, span, null, CITED);
    }
}
