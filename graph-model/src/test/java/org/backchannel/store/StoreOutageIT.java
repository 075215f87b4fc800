package org.backchannel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.backchannel.store.embedded.EmbeddedNeo4j;
import org.backchannel.store.neo4j.ConnectionSettings;
import org.backchannel.store.neo4j.Neo4jGraphStore;
import org.backchannel.testing.TcpProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A server that goes away mid-session and comes back, played by cutting a proxy between the driver
 * and a real Neo4j: queries fail soon with {@link StoreUnreachableException} instead of hanging,
 * and the same store object works again once the server is back.
 */
class StoreOutageIT {

    /** Far above the driver's connect timeout plus its retry time; only here so that a hang fails the test. */
    private static final Duration NO_HANG = Duration.ofSeconds(40);

    private final EmbeddedNeo4j neo4j = SharedEmbeddedStore.neo4j();
    private TcpProxy proxy;
    private Neo4jGraphStore store;

    @BeforeEach
    void connectThroughAProxy() {
        proxy = new TcpProxy(neo4j.boltUri());
        store = Neo4jGraphStore.connect(new ConnectionSettings(proxy.uri(neo4j.boltUri()), neo4j.username(), neo4j.password()));
    }

    @AfterEach
    void close() {
        store.close();
        proxy.close();
    }

    @Test
    void aQueryWhileTheServerIsGoneFailsAsUnreachableAndSaysWhere() {
        store.summary();
        proxy.cut();

        Throwable thrown = assertTimeoutPreemptively(NO_HANG, () -> catchFrom(store::summary));

        assertThat(thrown).isInstanceOf(StoreUnreachableException.class)
                .hasMessageContaining("127.0.0.1")
                .hasMessageContaining("Check that the server is running");
        assertThat(thrown.getMessage()).doesNotContain(neo4j.password());
    }

    @Test
    void pingFailsWhileTheServerIsGoneAndSucceedsWhenItIsBack() {
        proxy.cut();
        assertTimeoutPreemptively(NO_HANG, () -> assertThatThrownBy(store::ping).isInstanceOf(StoreUnreachableException.class));

        proxy.restore();

        store.ping();
        assertThat(store.search("anything", 5)).isNotNull();
        assertThat(store.summary()).isNotNull();
    }

    @Test
    void aConnectionCutBetweenQueriesIsRetriedByTheDriverOnceTheServerIsBack() {
        store.summary();
        proxy.cut();
        proxy.restore();

        assertThat(assertTimeoutPreemptively(NO_HANG, store::summary)).isNotNull();
    }

    private static Throwable catchFrom(Runnable work) {
        try {
            work.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }
}
