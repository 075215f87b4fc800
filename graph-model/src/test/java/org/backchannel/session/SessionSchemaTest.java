package org.backchannel.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The published JSON Schema accepts the sessions Backchannel reads and writes, and refuses the bad
 * ones a schema can recognise; the reader itself ({@link BadSessionsTest}) refuses them all.
 */
class SessionSchemaTest {

    static final String BUNDLED = "org/backchannel/data/sessions/back-channel-1969-1977.backchannel";
    private static final String SCHEMA = "org/backchannel/data/backchannel-session-1.schema.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = resource(SCHEMA)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {BUNDLED, "sessions/minimal.backchannel"})
    void acceptsAGoodSession(String name) throws IOException {
        assertThat(validate(JSON.readTree(resource(name)))).isEmpty();
    }

    @Test
    void acceptsWhatTheWriterWrites() throws IOException {
        assertThat(validate(JSON.readTree(new SessionWriter().toBytes(TestSessions.small())))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"unknown-field", "unknown-top-level-field", "unknown-version", "unknown-format", "missing-format",
            "layout-as-number", "unknown-layout", "position-as-text", "coordinate-as-text", "three-coordinates",
            "node-listed-twice", "negative-zoom", "null-for-number", "note-on-session-with-id", "empty-note-text",
            "date-without-zone", "unknown-channel-type", "year-with-fraction", "credentials-in-uri", "scene-null",
            "missing-store-digest", "era-name-empty", "era-year-out-of-range", "era-unknown-field"})
    void refusesABadSession(String name) throws IOException {
        assertThat(validate(JSON.readTree(resource("bad-sessions/" + name + ".backchannel")))).isNotEmpty();
    }

    private static List<com.networknt.schema.Error> validate(JsonNode document) {
        return schema.validate(document);
    }

    private static InputStream resource(String name) {
        InputStream in = SessionSchemaTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as("resource %s", name).isNotNull();
        return in;
    }
}
