package org.backchannel.interchange;

import java.util.List;
import java.util.Map;
import org.backchannel.model.ChannelType;
import org.backchannel.model.Citation;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.model.PartialDate;
import org.backchannel.model.Secrecy;
import org.backchannel.model.TimeSpan;

/**
 * A hand-made scene for the graph-file tests: two envoys who spoke through a secret channel in a
 * month, one of them taking part in it, and a scholar who studied it, with names and quotes that test
 * escaping (markup characters, a line break, a formula-like opening, letters outside ASCII).
 */
final class InterchangeScenes {

    static final String QUOTE = "He said: \"meet <tonight> & alone\",\nthen left";
    static final String FORMULA_QUOTE = "=cmd|' /C calc'!A0";

    private InterchangeScenes() {
    }

    static GraphFileScene small() {
        GraphNode envoy = actor("envoy", "Envoy Łukasz & Co");
        GraphNode ambassador = actor("ambassador", "Ambassador <Dobrynin>");
        GraphNode scholar = actor("scholar", "Scholar");
        GraphNode channel = new GraphNode("secret-channel", NodeKind.CHANNEL, "Secret channel", List.of("the line"), null,
                ChannelType.BACK_CHANNEL, Secrecy.SECRET, null, span("1969", "1977"), null, List.of());
        GraphLink exchange = new GraphLink("spoke-1", LinkType.SPOKE_WITH, "envoy", "ambassador", "secret-channel", null, null,
                span("1970-10", null), null, List.of());
        GraphLink joins = new GraphLink("joins-1", LinkType.PARTICIPATES_IN, "envoy", "secret-channel", null, "envoy", null,
                TimeSpan.UNDATED, null, List.of());
        GraphLink studied = new GraphLink("studied-1", LinkType.STUDIED, "scholar", "secret-channel", null, null, null,
                span("2019", null), null, List.of());
        Map<String, List<Citation>> citations = Map.of(
                "spoke-1", List.of(new Citation("article", QUOTE, null, "first-dataset"),
                        new Citation("memoir", "a second quote", null, "second-dataset")),
                "studied-1", List.of(new Citation("article", FORMULA_QUOTE, null)));
        return new GraphFileScene(List.of(envoy, ambassador, scholar, channel), List.of(exchange, joins, studied), citations);
    }

    private static GraphNode actor(String id, String name) {
        return new GraphNode(id, NodeKind.ACTOR, name, List.of(), "person", null, null, null, TimeSpan.UNDATED, null, List.of());
    }

    private static TimeSpan span(String start, String end) {
        return new TimeSpan(PartialDate.parse(start).orElseThrow(), end == null ? null : PartialDate.parse(end).orElseThrow());
    }
}
