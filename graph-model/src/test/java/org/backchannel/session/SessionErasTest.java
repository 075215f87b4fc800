package org.backchannel.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.backchannel.model.Eras;
import org.backchannel.model.NamedEra;
import org.backchannel.store.TestDatasets;
import org.junit.jupiter.api.Test;

/** The optional eras field: the analyst's eras survive a save, and a file without them has the built-in ones. */
class SessionErasTest {

    private final SessionWriter writer = new SessionWriter();
    private final SessionReader reader = new SessionReader();

    @Test
    void theAnalystsErasSurviveWritingAndReadingInTheirOrder() throws SessionException {
        Eras eras = new Eras(List.of(new NamedEra("Nixon years", 1969, 1974), new NamedEra("Détente", 1969, 1979),
                new NamedEra("Since Crimea", 2014, 9999)));
        Session session = withEras(TestSessions.small(), eras);

        Session read = reader.read("eras.backchannel", writer.toBytes(session));

        assertThat(read.eras()).isEqualTo(eras);
        assertThat(read).isEqualTo(session);
    }

    @Test
    void theBuiltInErasAreNotWrittenSoThatAnOlderBackchannelReadsTheFile() throws SessionException {
        String written = new String(writer.toBytes(TestSessions.small()), StandardCharsets.UTF_8);
        assertThat(written).doesNotContain("\"eras\"");

        Session old = reader.read(TestDatasets.resource("sessions/minimal.backchannel"));
        assertThat(old.eras()).isEqualTo(Eras.DEFAULTS);
    }

    @Test
    void anEmptyListIsKeptAsNoEras() throws SessionException {
        Session read = reader.read("none.backchannel", writer.toBytes(withEras(TestSessions.small(), new Eras(List.of()))));
        assertThat(read.eras().isEmpty()).isTrue();
    }

    private static Session withEras(Session s, Eras eras) {
        return new Session(s.savedAt(), s.store(), s.scene(), s.positions(), s.pinned(), s.hidden(), s.filter(), s.selection(),
                s.focus(), s.layout(), s.camera(), s.notes(), s.nodeEncoding(), eras);
    }
}
