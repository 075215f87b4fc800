package org.backchannel.perspective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.backchannel.model.ChannelType;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.model.PartialDate;
import org.backchannel.perspective.PerspectiveMapping.Party;
import org.junit.jupiter.api.Test;

class PerspectiveMappingTest {

    static final Perspective CABLES = new Perspective(
            Map.of("Person", NodeRole.ACTOR, "Embassy", NodeRole.ORGANIZATION, "Meeting", NodeRole.EXCHANGE),
            Map.of("SENT_CABLE", LinkRole.EXCHANGE, "ATTENDED", LinkRole.PARTY, "WORKS_AT", LinkRole.PARTICIPATION),
            new PropertyRoles(List.of("name"), List.of("sentAt", "date"), List.of(), List.of(), List.of("medium"), List.of(),
                    List.of("excerpt"), List.of("source")),
            Map.of("sentAt", DateFormat.EPOCH_MILLIS, "date", DateFormat.DAY_FIRST),
            Map.of("Cable", ChannelType.DIPLOMATIC_MISSION),
            Map.of("SENT_CABLE", "cable", "Meeting", "meeting"));

    private final ValueNotes notes = new ValueNotes();
    private final PerspectiveMapping mapping = new PerspectiveMapping(CABLES, notes);

    @Test
    void labelsBecomeKindsAndOthersStayThemselves() {
        GraphNode person = mapping.node("4:x:1", List.of("Person"), Map.of("name", "Sergey Kislyak"));
        assertEquals(NodeKind.ACTOR, person.kind());
        assertEquals("Sergey Kislyak", person.name());
        GraphNode embassy = mapping.node("4:x:2", List.of("Embassy"), Map.of("name", "Embassy of Russia"));
        assertEquals(NodeKind.ORGANIZATION, embassy.kind());
        assertEquals("embassy", embassy.category());
        GraphNode topic = mapping.node("4:x:3", List.of("Topic"), Map.of("name", "Sanctions"));
        assertTrue(topic.isForeign());
        assertEquals("Topic", topic.otherProperties().get("labels"));
    }

    @Test
    void anExchangeRelationshipIsASpokeWithThroughItsChannelWithDateAndEvidence() {
        long millis = java.time.LocalDate.of(2016, 12, 29).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
        GraphLink cable = mapping.link("5:x:9", "SENT_CABLE", "4:x:1", "4:x:2", NodeKind.ORGANIZATION,
                Map.of("sentAt", millis, "excerpt", "we must talk", "source", "cable 16MOSCOW123"));
        assertEquals(LinkType.SPOKE_WITH, cable.type());
        assertEquals(new PartialDate(2016, 12, 29), cable.span().start());
        assertEquals("we must talk", cable.citations().get(0).quote());
        assertEquals("cable 16MOSCOW123", cable.citations().get(0).sourceId());
        assertEquals(PerspectiveMapping.CHANNEL_PREFIX + "cable", cable.channelId());
        GraphNode channel = mapping.channelNode(PerspectiveMapping.channelValueOf(cable.channelId()));
        assertEquals(ChannelType.DIPLOMATIC_MISSION, channel.channelType());
    }

    @Test
    void aChannelValueLeftUnmappedKeepsItsOwnNameAndNoType() {
        GraphLink call = mapping.link("5:x:10", "SENT_CABLE", "4:x:1", "4:x:2", NodeKind.ACTOR, Map.of("medium", "Pigeon"));
        GraphNode channel = mapping.channelNode(PerspectiveMapping.channelValueOf(call.channelId()));
        assertNull(channel.channelType());
        assertEquals("pigeon", channel.name());
    }

    @Test
    void aMeetingNodeIsAnExchangeBetweenEveryTwoOfItsParties() {
        List<GraphLink> links = mapping.exchangeLinks("4:x:7", List.of("Meeting"), Map.of("date", "02/12/2016"),
                List.of(new Party("a", LinkRole.PARTY), new Party("b", LinkRole.PARTY), new Party("c", LinkRole.PARTY)));
        assertEquals(3, links.size());
        assertTrue(links.stream().allMatch(l -> l.type() == LinkType.SPOKE_WITH && l.span().start().equals(new PartialDate(2016, 12, 2))));
        assertEquals("4:x:7", PerspectiveMapping.exchangeNodeOf(links.get(0).id()).orElseThrow());
        assertEquals(PerspectiveMapping.CHANNEL_PREFIX + "meeting", links.get(0).channelId());
        // None of them spoke first: the order of the ends says nothing, so no arrow may be drawn.
        assertTrue(links.stream().allMatch(GraphLink::mutual));
    }

    @Test
    void aNodeWithSendersGoesFromEachSenderToEachOtherParty() {
        List<GraphLink> links = mapping.exchangeLinks("4:x:8", List.of("Meeting"), Map.of(),
                List.of(new Party("a", LinkRole.FROM), new Party("b", LinkRole.TO), new Party("c", LinkRole.PARTY)));
        assertEquals(List.of("a→b", "a→c"), links.stream().map(l -> l.fromId() + "→" + l.toId()).toList());
        assertTrue(links.stream().noneMatch(GraphLink::mutual));
    }

    @Test
    void valuesThatDoNotReadAreCountedAndShownNeverGuessed() {
        GraphNode odd = mapping.node("4:x:4", List.of("Person"), Map.of("name", 42L, "date", "31/02/2016"));
        assertEquals("42", odd.name());
        assertTrue(odd.description().contains("date: 31/02/2016"), odd.description());
        assertTrue(!odd.span().isDated());
        GraphNode listed = mapping.node("4:x:5", List.of("Person"), Map.of("name", "X", "sentAt", List.of(1L, 2L)));
        assertTrue(!listed.span().isDated());
        assertEquals(1, notes.unparsedDates());
        assertEquals(2, notes.unexpectedTypes());
        assertTrue(notes.notice().startsWith("1 date did not parse"), notes.notice());
    }
}
