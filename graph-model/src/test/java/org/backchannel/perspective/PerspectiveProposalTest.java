package org.backchannel.perspective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backchannel.model.ChannelType;
import org.backchannel.perspective.SchemaSample.LabelSample;
import org.backchannel.perspective.SchemaSample.TypeSample;
import org.junit.jupiter.api.Test;

class PerspectiveProposalTest {

    static SchemaSample cablesAndMeetings() {
        return new SchemaSample(
                List.of(new LabelSample("Person", 3, Map.of("name", List.of("A", "B"))),
                        new LabelSample("Embassy", 1, Map.of("name", List.of("E"))),
                        new LabelSample("Meeting", 2, Map.of("title", List.of("M"), "date", List.of("04/08/2017", "23/08/2017"))),
                        new LabelSample("Topic", 1, Map.of("name", List.of("T")))),
                List.of(new TypeSample("SENT_CABLE", 2, Set.of("Person"), Set.of("Person", "Embassy"), Map.of("sentAt", List.of(1_501_804_800_000L))),
                        new TypeSample("ATTENDED", 4, Set.of("Person"), Set.of("Meeting"), Map.of()),
                        new TypeSample("WORKS_AT", 1, Set.of("Person"), Set.of("Embassy"), Map.of()),
                        new TypeSample("DISCUSSED", 1, Set.of("Meeting"), Set.of("Topic"), Map.of())),
                Set.of("name", "title", "date", "sentAt"));
    }

    @Test
    void aCablesAndMeetingsSchemaIsProposedAsActorsOrganizationsAndExchanges() {
        Perspective p = PerspectiveProposal.propose(cablesAndMeetings());
        assertEquals(NodeRole.ACTOR, p.labels().get("Person"));
        assertEquals(NodeRole.ORGANIZATION, p.labels().get("Embassy"));
        assertEquals(NodeRole.EXCHANGE, p.labels().get("Meeting"));
        assertEquals(NodeRole.OTHER, p.labels().get("Topic"));
        assertEquals(LinkRole.EXCHANGE, p.relationshipTypes().get("SENT_CABLE"));
        assertEquals(LinkRole.PARTY, p.relationshipTypes().get("ATTENDED"));
        assertEquals(LinkRole.PARTICIPATION, p.relationshipTypes().get("WORKS_AT"));
        assertEquals(List.of("name", "title"), p.properties().name());
        assertTrue(p.properties().date().containsAll(List.of("date", "sentAt")));
        assertEquals(DateFormat.EPOCH_MILLIS, p.dateFormat("sentAt"));
        assertEquals(DateFormat.DAY_FIRST, p.dateFormat("date"));
        assertEquals(ChannelType.DIPLOMATIC_MISSION, p.channelType(p.exchangeChannels().get("SENT_CABLE")).orElseThrow());
        assertEquals(ChannelType.OFFICIAL_TALKS, p.channelType(p.exchangeChannels().get("Meeting")).orElseThrow());
    }

    @Test
    void dateFormatsAreToldApartByTheirValues() {
        assertEquals(DateFormat.MONTH_FIRST, DateFormatGuess.of(List.of("04/08/2017", "12/31/2017")));
        assertEquals(new DateFormat("dd.MM.yyyy"), DateFormatGuess.of(List.of("31.12.2017")));
        DateFormat unpadded = DateFormatGuess.of(List.of("4/8/2017", "23/12/2017"));
        assertEquals(new DateFormat("d/M/yyyy"), unpadded);
        assertEquals(new org.backchannel.model.PartialDate(2017, 8, 4), unpadded.read("4/8/2017").date());
        assertEquals(new org.backchannel.model.PartialDate(2017, 12, 23), unpadded.read("23/12/2017").date());
        assertEquals(DateFormat.EPOCH_SECONDS, DateFormatGuess.of(List.of(1_501_804_800L)));
        assertEquals(DateFormat.YEAR, DateFormatGuess.of(List.of(1972L, 1973L)));
        assertEquals(DateFormat.ISO, DateFormatGuess.of(List.of("2017-08-04")));
    }

    @Test
    void aPropertyHoldingNeo4jDatesIsADateWhateverItsName() {
        SchemaSample sample = new SchemaSample(List.of(new LabelSample("Call", 1, Map.of("placed", List.of(LocalDate.of(2017, 8, 4))))),
                List.of(), Set.of("placed"));
        assertEquals(List.of("placed"), PerspectiveProposal.propose(sample).properties().date());
    }

    @Test
    void aProposalFitsTheStoreItWasProposedFrom() {
        assertEquals(List.of(), PerspectiveCheck.check(PerspectiveProposal.propose(cablesAndMeetings()), cablesAndMeetings()));
    }
}
