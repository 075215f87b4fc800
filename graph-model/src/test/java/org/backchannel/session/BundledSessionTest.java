package org.backchannel.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The example session shipped with the article reads, and is what the docs say it is. */
class BundledSessionTest {

    @Test
    void theExampleSessionOfTheArticleReadsWithItsNotes() throws IOException, SessionException {
        byte[] content;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SessionSchemaTest.BUNDLED)) {
            assertThat(in).isNotNull();
            content = in.readAllBytes();
        }
        Session session = new SessionReader().read(SessionSchemaTest.BUNDLED, content);

        assertThat(session.store().uri()).isEqualTo(StoreIdentity.EMBEDDED);
        assertThat(session.scene().nodeIds()).contains("henry-kissinger", "anatoly-dobrynin", "kissinger-dobrynin-back-channel");
        assertThat(session.notes()).extracting(Note::target).contains(Note.Target.NODE, Note.Target.LINK, Note.Target.SESSION);
        assertThat(session.positions().keySet()).containsAll(session.pinned());
    }
}
