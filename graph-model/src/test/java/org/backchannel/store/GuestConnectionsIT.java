package org.backchannel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.backchannel.model.Dataset;
import org.backchannel.store.neo4j.Neo4jGraphStore;
import org.backchannel.testing.GuestNeo4j;
import org.backchannel.testing.SelfSignedCertificate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server with Bolt over TLS and a self-signed certificate: {@code bolt+ssc://} and routed
 * {@code neo4j+ssc://} open, draw and search it; {@code +s}, which wants a certificate a
 * trusted authority signed, is refused with a message about the certificate.
 */
class GuestConnectionsIT {

    private static final Dataset DATA = ExchangeFixture.of(20, 2, 40, 11);

    @TempDir
    static Path home;

    private static GuestNeo4j server;

    @BeforeAll
    static void aServerWithASelfSignedCertificate() throws Exception {
        SelfSignedCertificate certificate = SelfSignedCertificate.create(home.resolve("certificates"));
        server = GuestNeo4j.start(home.resolve("neo4j"), new GuestNeo4j.Options(false, certificate));
        try (Neo4jGraphStore owner = Neo4jGraphStore.connect(GuestDatabases.settings(server, "bolt+ssc"))) {
            owner.importDataset(DATA);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void boltWithASelfSignedCertificateOpensDrawsAndSearches() {
        opensDrawsAndSearches("bolt+ssc");
    }

    @Test
    void routedWithASelfSignedCertificateOpensDrawsAndSearches() {
        opensDrawsAndSearches("neo4j+ssc");
    }

    @Test
    void aPlainConnectionIsRefusedByAServerThatRequiresTls() {
        assertThatThrownBy(() -> Neo4jGraphStore.connect(GuestDatabases.settings(server, "bolt")))
                .isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void requiringATrustedCertificateFailsWithAMessageAboutTheCertificate() {
        for (String scheme : new String[] {"bolt+s", "neo4j+s"}) {
            assertThatThrownBy(() -> Neo4jGraphStore.connect(GuestDatabases.settings(server, scheme)))
                    .as(scheme)
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("secure connection")
                    .hasMessageContaining("certificate")
                    .hasMessageContaining("+ssc");
        }
    }

    private static void opensDrawsAndSearches(String scheme) {
        try (Neo4jGraphStore store = Neo4jGraphStore.connect(GuestDatabases.settings(server, scheme))) {
            assertThat(store.describe()).startsWith(scheme + "://");
            assertThat(store.overview(GraphFilter.ALL, 5).nodes()).hasSize(5);
            assertThat(store.search("Actor 3", 2)).first().satisfies(hit -> assertThat(hit.node().id()).isEqualTo("actor-3"));
        }
    }
}
