package org.backchannel.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backchannel.model.ChannelType;
import org.backchannel.model.NodeColouring;
import org.backchannel.model.NodeEncoding;
import org.backchannel.model.SizeMeasure;
import org.backchannel.model.YearRange;
import org.junit.jupiter.api.Test;

/** What the writer writes, the reader reads back; the same session gives the same bytes. */
class SessionWriterTest {

    private final SessionWriter writer = new SessionWriter();
    private final SessionReader reader = new SessionReader();

    @Test
    void aSessionSurvivesWritingAndReading() throws SessionException {
        Session session = TestSessions.small();
        Session read = reader.read("small.backchannel", writer.toBytes(session));
        assertThat(read).isEqualTo(session);
    }

    @Test
    void positionsAreKeptToAHundredthOfAWorldUnit() throws SessionException {
        Session session = TestSessions.small();
        Map<String, Session.Position> fine = Map.of("a", new Session.Position(1.23456, -7.891011));
        Session precise = new Session(session.savedAt(), session.store(), session.scene(), fine, Set.of(), Set.of(), session.filter(),
                Set.of(), null, session.layout(), null, List.of());
        Session read = reader.read("fine.backchannel", writer.toBytes(precise));
        assertThat(read.positions().get("a")).isEqualTo(new Session.Position(1.23, -7.89));
    }

    @Test
    void setsAreWrittenSortedSoThatTheSameSessionGivesTheSameBytes() {
        Session session = TestSessions.small();
        Session shuffled = new Session(session.savedAt(), session.store(), session.scene(), session.positions(),
                Set.of("b", "a"), session.hidden(), new SessionFilter(Set.of(ChannelType.INTELLIGENCE, ChannelType.BACK_CHANNEL),
                new YearRange(1969, 1977)), session.selection(), session.focus(), session.layout(), session.camera(), session.notes());
        assertThat(new String(writer.toBytes(shuffled), StandardCharsets.UTF_8)).contains("\"pinned\": [\"a\", \"b\"]", "\"channelTypes\": [\"back-channel\", \"intelligence\"]");
    }

    @Test
    void anOptionalFieldLeftOutIsNotWrittenAsNull() {
        Session session = TestSessions.small();
        Session bare = new Session(session.savedAt(), session.store(), session.scene(), Map.of(), Set.of(), Set.of(),
                SessionFilter.NONE, Set.of(), null, SessionLayout.TIMELINE, null, List.of());
        String json = new String(writer.toBytes(bare), StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("null", "\"camera\"", "\"focus\"", "\"filter\"").contains("\"layout\": \"timeline\"");
    }

    @Test
    void whatNodeSizesAndColoursMeanIsWrittenOnlyWhenNotTheDefaultAndReadBack() throws SessionException {
        Session session = TestSessions.small();
        NodeEncoding chosen = new NodeEncoding(SizeMeasure.BETWEENNESS, NodeColouring.COMMUNITY);
        Session sized = new Session(session.savedAt(), session.store(), session.scene(), session.positions(), session.pinned(),
                session.hidden(), session.filter(), session.selection(), session.focus(), session.layout(), session.camera(),
                session.notes(), chosen, session.eras());

        String json = new String(writer.toBytes(sized), StandardCharsets.UTF_8);

        assertThat(json).contains("\"nodeStyle\": {", "\"sizeBy\": \"betweenness\"", "\"colourBy\": \"community\"");
        assertThat(reader.read("sized.backchannel", writer.toBytes(sized)).nodeEncoding()).isEqualTo(chosen);
        assertThat(new String(writer.toBytes(session), StandardCharsets.UTF_8)).doesNotContain("\"nodeStyle\"");
        // A file written before the field existed reads as the default; so does a field left out of the object.
        assertThat(reader.read("small.backchannel", writer.toBytes(session)).nodeEncoding()).isEqualTo(NodeEncoding.DEFAULT);
        String onlySize = json.replaceAll(",\\s*\"colourBy\": \"community\"", "");
        assertThat(reader.read("size-only.backchannel", onlySize.getBytes(StandardCharsets.UTF_8)).nodeEncoding())
                .isEqualTo(new NodeEncoding(SizeMeasure.BETWEENNESS, NodeColouring.KIND));
    }

    @Test
    void credentialsNeverReachTheFile() {
        StoreIdentity store = StoreIdentity.of("neo4j+s://neo4j:s3cret@xxxx.databases.neo4j.io:7687", "neo4j", "abc");
        assertThat(store.uri()).isEqualTo("neo4j+s://xxxx.databases.neo4j.io:7687");
        assertThatThrownBy(() -> new StoreIdentity("bolt://admin:pw@localhost:7687", "neo4j", "abc"))
                .isInstanceOf(IllegalArgumentException.class);
        Session session = TestSessions.small();
        Session withStore = new Session(session.savedAt(), store, session.scene(), session.positions(), session.pinned(),
                session.hidden(), session.filter(), session.selection(), session.focus(), session.layout(), session.camera(), session.notes());
        assertThat(new String(writer.toBytes(withStore), StandardCharsets.UTF_8)).doesNotContain("s3cret", "neo4j:");
    }

    @Test
    void aNoteNeedsTextAndATargetThatFitsItsKind() {
        Instant now = Instant.parse("2026-12-06T03:00:00Z");
        assertThatThrownBy(() -> Note.onNode("a", " ", now)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Note(Note.Target.SESSION, "a", "text", now, now)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Note(Note.Target.LINK, null, "text", now, now)).isInstanceOf(IllegalArgumentException.class);
    }
}
