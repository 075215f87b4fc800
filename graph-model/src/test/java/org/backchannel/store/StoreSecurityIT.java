package org.backchannel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.backchannel.store.embedded.EmbeddedNeo4j;
import org.backchannel.store.neo4j.ConnectionSettings;
import org.backchannel.store.neo4j.Neo4jGraphStore;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;

/** The embedded store admits only a client with this run's password, and only over loopback. */
class StoreSecurityIT {

    private final EmbeddedNeo4j neo4j = SharedEmbeddedStore.neo4j();

    @Test
    void boltListensOnLoopbackOnly() {
        assertThat(neo4j.boltUri().getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void theBoltPortIsClosedOnEveryOtherInterface() throws SocketException {
        List<InetAddress> others = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .toList();
        assumeTrue(!others.isEmpty(), "this machine has no non-loopback IPv4 address to try");
        for (InetAddress address : others) {
            assertThatThrownBy(() -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(address, neo4j.boltUri().getPort()), 2_000);
                }
            }).as("connecting via " + address).isInstanceOf(IOException.class);
        }
    }

    @Test
    void aClientWithoutCredentialsIsRefused() {
        try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            assertThatThrownBy(driver::verifyConnectivity).isInstanceOfAny(AuthenticationException.class, ClientException.class);
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAPlainMessage() {
        ConnectionSettings wrong = new ConnectionSettings(neo4j.boltUri(), neo4j.username(), "not-the-password");
        assertThatThrownBy(() -> Neo4jGraphStore.connect(wrong))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("refused the username")
                .hasMessageNotContaining(neo4j.password());
    }

    @Test
    void anUnreachableServerGivesAPlainMessage() {
        ConnectionSettings nowhere = new ConnectionSettings(java.net.URI.create("bolt://127.0.0.1:1"), "neo4j", "x");
        assertThatThrownBy(() -> Neo4jGraphStore.connect(nowhere))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("Cannot reach Neo4j at bolt://127.0.0.1:1");
    }

    @Test
    void aWriteInAReadSessionIsRefused() {
        try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(neo4j.username(), neo4j.password()));
             var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            assertThatThrownBy(() -> session.executeRead(tx -> tx.run("CREATE (n:Intruder) RETURN n").consume()))
                    .isInstanceOf(ClientException.class);
        }
        assertThat(SharedEmbeddedStore.store().contentDigest()).isNotBlank();
    }

    @Test
    void theCorrectPasswordIsAccepted() {
        try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(neo4j.username(), neo4j.password()))) {
            driver.verifyConnectivity();
            assertThat(driver.executableQuery("RETURN $x AS x").withParameters(Map.of("x", 1)).execute().records())
                    .singleElement().satisfies(r -> assertThat(r.get("x").asInt()).isEqualTo(1));
        }
    }

    @Test
    void aSecureSchemeAgainstAServerWithoutTlsFailsInsteadOfFallingBackToPlainText() {
        URI plain = neo4j.boltUri();
        URI secure = URI.create("bolt+s://" + plain.getHost() + ":" + plain.getPort());

        assertThatThrownBy(() -> Neo4jGraphStore.connect(new ConnectionSettings(secure, neo4j.username(), neo4j.password())))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("bolt+s://127.0.0.1");
    }
}
