package org.backchannel.store.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConnectionSettingsTest {

    private static final String PASSWORD = "s3cr3t-Pa55";

    @Test
    void isAbsentWhenNeo4jUriIsNotSet() {
        assertThat(ConnectionSettings.fromEnvironment(Map.of("NEO4J_USERNAME", "neo4j", "NEO4J_PASSWORD", PASSWORD))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void isAbsentWhenNeo4jUriIsBlank(String uri) {
        assertThat(ConnectionSettings.fromEnvironment(Map.of("NEO4J_URI", uri))).isEmpty();
    }

    @Test
    void readsAddressUsernameAndPassword() {
        ConnectionSettings settings = ConnectionSettings.fromEnvironment(Map.of(
                "NEO4J_URI", "neo4j+s://abcd1234.databases.neo4j.io",
                "NEO4J_USERNAME", "analyst",
                "NEO4J_PASSWORD", PASSWORD)).orElseThrow();

        assertThat(settings.uri()).isEqualTo(URI.create("neo4j+s://abcd1234.databases.neo4j.io"));
        assertThat(settings.username()).isEqualTo("analyst");
        assertThat(settings.password()).isEqualTo(PASSWORD);
    }

    @Test
    void trimsTheAddress() {
        ConnectionSettings settings = ConnectionSettings.fromEnvironment(Map.of("NEO4J_URI", "  bolt://localhost:7687 \n"))
                .orElseThrow();

        assertThat(settings.uri()).isEqualTo(URI.create("bolt://localhost:7687"));
    }

    @Test
    void neo4jUsernameWinsOverNeo4jUser() {
        ConnectionSettings settings = ConnectionSettings.fromEnvironment(Map.of(
                "NEO4J_URI", "bolt://localhost", "NEO4J_USERNAME", "preferred", "NEO4J_USER", "fallback")).orElseThrow();

        assertThat(settings.username()).isEqualTo("preferred");
    }

    @Test
    void fallsBackToNeo4jUser() {
        ConnectionSettings settings = ConnectionSettings.fromEnvironment(Map.of(
                "NEO4J_URI", "bolt://localhost", "NEO4J_USER", "fallback")).orElseThrow();

        assertThat(settings.username()).isEqualTo("fallback");
    }

    @Test
    void fallsBackToTheDefaultUserAndAnEmptyPassword() {
        ConnectionSettings settings = ConnectionSettings.fromEnvironment(Map.of("NEO4J_URI", "bolt://localhost")).orElseThrow();

        assertThat(settings.username()).isEqualTo("neo4j");
        assertThat(settings.password()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bolt://localhost:7687", "bolt+s://db.example.org", "bolt+ssc://db.example.org:7687",
            "neo4j://localhost", "neo4j+s://abcd1234.databases.neo4j.io", "neo4j+ssc://10.0.0.5:7687"})
    void acceptsEverySchemeTheDriverSpeaks(String uri) {
        assertThat(ConnectionSettings.fromEnvironment(Map.of("NEO4J_URI", uri)))
                .hasValueSatisfying(settings -> assertThat(settings.uri()).hasToString(uri));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://localhost:7474", "https://db.example.org", "localhost", "localhost:7687",
            "db.example.org", "file:///var/lib/neo4j", "neo4j+x://localhost"})
    void rejectsOtherAddressesAndNamesTheAllowedSchemes(String uri) {
        assertThatThrownBy(() -> ConnectionSettings.fromEnvironment(Map.of("NEO4J_URI", uri)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("NEO4J_URI: ")
                .hasMessageContaining(uri)
                .hasMessageContaining("bolt, bolt+s, bolt+ssc, neo4j, neo4j+s, neo4j+ssc");
    }

    @Test
    void rejectsAnAddressThatIsNotAUriAtAll() {
        assertThatThrownBy(() -> ConnectionSettings.fromEnvironment(Map.of("NEO4J_URI", "neo4j://bad host")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("NEO4J_URI: ");
    }

    @Test
    void theConstructorRejectsAnUnsupportedSchemeToo() {
        assertThatThrownBy(() -> new ConnectionSettings(URI.create("http://localhost"), "neo4j", PASSWORD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("neo4j+s");
    }

    @Test
    void theConstructorRejectsMissingParts() {
        URI uri = URI.create("bolt://localhost");
        assertThatThrownBy(() -> new ConnectionSettings(null, "neo4j", PASSWORD)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ConnectionSettings(uri, null, PASSWORD)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ConnectionSettings(uri, "neo4j", null)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bolt+s://h", "bolt+ssc://h", "neo4j+s://h", "neo4j+ssc://h"})
    void tlsSchemesAreEncrypted(String uri) {
        assertThat(new ConnectionSettings(URI.create(uri), "neo4j", PASSWORD).encrypted()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bolt://h", "neo4j://h"})
    void plainSchemesAreNotEncrypted(String uri) {
        assertThat(new ConnectionSettings(URI.create(uri), "neo4j", PASSWORD).encrypted()).isFalse();
    }

    @Test
    void toStringShowsAddressAndUserButNeverThePassword() {
        Map<String, String> environment = new HashMap<>();
        environment.put("NEO4J_URI", "neo4j+s://abcd1234.databases.neo4j.io");
        environment.put("NEO4J_USERNAME", "analyst");
        environment.put("NEO4J_PASSWORD", PASSWORD);
        ConnectionSettings settings = ConnectionSettings.fromEnvironment(environment).orElseThrow();

        assertThat(settings.toString())
                .contains("neo4j+s://abcd1234.databases.neo4j.io", "analyst")
                .doesNotContain(PASSWORD)
                .doesNotContain("s3cr3t");
    }

    @Test
    void errorsAboutTheAddressNeverShowThePassword() {
        assertThatThrownBy(() -> ConnectionSettings.fromEnvironment(Map.of(
                "NEO4J_URI", "http://localhost", "NEO4J_PASSWORD", PASSWORD)))
                .isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain(PASSWORD);
    }

    @Test
    void credentialsWrittenIntoTheAddressNeverShow() {
        ConnectionSettings settings = new ConnectionSettings(
                java.net.URI.create("neo4j+s://analyst:" + PASSWORD + "@abcd1234.databases.neo4j.io"), "analyst", PASSWORD);
        assertThat(settings.safeUri()).isEqualTo("neo4j+s://abcd1234.databases.neo4j.io");
        assertThat(settings.toString()).doesNotContain(PASSWORD);
    }

    @Test
    void schemesAreCaseInsensitive() {
        ConnectionSettings settings = new ConnectionSettings(java.net.URI.create("NEO4J+S://host:7687"), "neo4j", "x");
        assertThat(settings.encrypted()).isTrue();
    }

    @Test
    void aBlankUsernameFallsBackToTheNextCandidate() {
        ConnectionSettings settings = ConnectionSettings.fromEnvironment(Map.of(
                "NEO4J_URI", "bolt://localhost:7687", "NEO4J_USERNAME", " ", "NEO4J_USER", "reader")).orElseThrow();
        assertThat(settings.username()).isEqualTo("reader");
    }
}
