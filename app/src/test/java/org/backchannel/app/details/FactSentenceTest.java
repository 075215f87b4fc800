package org.backchannel.app.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.junit.jupiter.api.Test;

class FactSentenceTest {

    private static GraphNode node(String id, NodeKind kind, String name) {
        return new GraphNode(id, kind, name, List.of(), kind == NodeKind.CHANNEL ? null : "person", null, null, null, null,
                null, List.of());
    }

    private static GraphLink link(LinkType type, String from, String to, String role) {
        return new GraphLink(from + "-" + to, type, from, to, null, role, null, null, null, List.of());
    }

    private static final LoadedGraph GRAPH = LoadedGraph.of(
            List.of(node("a", NodeKind.ACTOR, "Ann"), node("b", NodeKind.ORGANIZATION, "Bureau"), node("e", NodeKind.EVENT, "Summit")),
            List.of());

    @Test
    void eachEndReadsTheLinkWithItsOwnVerb() {
        GraphLink tookPart = link(LinkType.TOOK_PART_IN, "a", "e", null);

        assertThat(FactSentence.of(tookPart, "a", GRAPH)).isEqualTo("took part in Summit");
        assertThat(FactSentence.of(tookPart, "e", GRAPH)).isEqualTo("involved Ann");
    }

    @Test
    void anOfficeHeldReadsAsTheRoleAndTheOrganization() {
        GraphLink office = link(LinkType.HOLDS_OFFICE, "a", "b", "Director");

        assertThat(FactSentence.of(office, "a", GRAPH)).isEqualTo("Director, Bureau");
        assertThat(FactSentence.of(office, "b", GRAPH)).isEqualTo("office held by Ann (Director)");
    }

    @Test
    void anEndThatIsNotLoadedIsShownAsAQuestionMark() {
        GraphLink affiliation = link(LinkType.AFFILIATED_WITH, "a", "elsewhere", null);

        assertThat(FactSentence.of(affiliation, "a", GRAPH)).isEqualTo("affiliated with ?");
    }

    @Test
    void aMeetingReadsAlikeFromBothEndsAndAMessageDoesNot() {
        GraphNode bob = node("c", NodeKind.ACTOR, "Bob");
        GraphNode ann = node("a", NodeKind.ACTOR, "Ann");
        LoadedGraph people = LoadedGraph.of(List.of(ann, bob), List.of());
        GraphLink met = new GraphLink("m|a|c", LinkType.SPOKE_WITH, "a", "c", null, null, null, null, null, List.of(), null,
                List.of(), true);
        GraphLink sent = link(LinkType.SPOKE_WITH, "a", "c", null);

        assertThat(FactSentence.of(met, "a", people)).isEqualTo("met with Bob");
        assertThat(FactSentence.of(met, "c", people)).isEqualTo("met with Ann");
        assertThat(FactSentence.of(sent, "c", people)).isEqualTo("was contacted by Ann");
    }
}
