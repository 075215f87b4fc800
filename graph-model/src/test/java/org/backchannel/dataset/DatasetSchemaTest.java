package org.backchannel.dataset;

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

/** The published JSON Schema accepts the good datasets and refuses the bad ones it can recognise. */
class DatasetSchemaTest {

    private static final String SCHEMA = "org/backchannel/data/backchannel-dataset-1.schema.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String SCHEMA_2 = "org/backchannel/data/backchannel-dataset-2.schema.json";

    private static Schema schema;
    private static Schema schema2;

    @BeforeAll
    static void loadSchema() throws IOException {
        schema = load(SCHEMA);
        schema2 = load(SCHEMA_2);
    }

    private static Schema load(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"datasets/many/first.json", "datasets/many/second.json", "datasets/many/revising.json"})
    void theSecondFormatsSchemaAcceptsDatasetsWithAnId(String name) {
        assertThat(validate(schema2, name)).isEmpty();
    }

    @Test
    void theSecondFormatsSchemaRequiresTheId() throws IOException {
        JsonNode document = JSON.readTree(resource("datasets/many/first.json"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) document).remove("id");
        assertThat(schema2.validate(document)).anySatisfy(error -> assertThat(error.getMessage()).contains("id"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"org/backchannel/data/back-channel-to-moscow.json", "datasets/small.json", "datasets/minimal.json"})
    void acceptsAGoodDataset(String name) {
        assertThat(validate(name)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"unknown-field.json", "unknown-top-level-field.json", "unknown-kind.json",
            "unknown-channel-type.json", "unknown-secrecy.json", "unknown-category.json", "unknown-link-type.json",
            "number-for-string.json", "string-for-array.json", "null-required.json", "missing-required.json",
            "empty-name.json", "unknown-format.json", "missing-format.json", "no-citations.json",
            "channel-type-on-actor.json", "spoke-with-without-channel.json", "date-and-span.json", "month-13.json",
            "year-99999.json", "id-not-a-slug.json", "very-long-name.json"})
    void refusesABadDataset(String name) {
        assertThat(validate("bad-datasets/" + name)).isNotEmpty();
    }

    @Test
    void namesTheMisspeltFieldItRefuses() {
        assertThat(validate("bad-datasets/unknown-field.json"))
                .anySatisfy(error -> assertThat(error.getMessage()).contains("nmae"));
    }

    @Test
    void pointsAtTheFormatWhenItIsAnotherVersion() {
        assertThat(validate("bad-datasets/unknown-format.json"))
                .anySatisfy(error -> assertThat(error.getInstanceLocation().toString()).contains("format"));
    }

    private static List<com.networknt.schema.Error> validate(String name) {
        return validate(schema, name);
    }

    private static List<com.networknt.schema.Error> validate(Schema schema, String name) {
        try (InputStream in = resource(name)) {
            JsonNode document = JSON.readTree(in);
            return schema.validate(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = DatasetSchemaTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as("test resource %s", name).isNotNull();
        return in;
    }
}
