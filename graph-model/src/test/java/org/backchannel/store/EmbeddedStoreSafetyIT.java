package org.backchannel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.backchannel.store.embedded.EmbeddedNeo4j;
import org.backchannel.store.neo4j.ConnectionSettings;
import org.backchannel.store.neo4j.Neo4jGraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The embedded store's password never reaches a log line or a file, and a second process on the
 * same store gets a clear message rather than a crash.
 */
class EmbeddedStoreSafetyIT {

    @TempDir
    Path home;

    @Test
    void thePasswordAppearsInNoLogLineAndInNoFileOfTheStore() throws IOException {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        Map<Logger, Level> configured = logEverything(root);
        String password;
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(home)) {
            password = neo4j.password();
            try (Neo4jGraphStore store = Neo4jGraphStore.connect(new ConnectionSettings(neo4j.boltUri(), neo4j.username(), password))) {
                store.importDataset(TestDatasets.small());
                assertThat(store.summary().totalNodes()).isPositive();
            }
            String wrong = password + "-wrong";
            assertThatThrownBy(() -> Neo4jGraphStore.connect(new ConnectionSettings(neo4j.boltUri(), neo4j.username(), wrong)))
                    .isInstanceOf(StoreUnavailableException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(password));
        } finally {
            root.detachAppender(captured);
            configured.forEach(Logger::setLevel);
        }

        assertThat(captured.list).isNotEmpty();
        assertThat(captured.list).allSatisfy(event -> {
            assertThat(event.getFormattedMessage()).doesNotContain(password);
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain(password);
            }
        });
        byte[] secret = password.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(home)) {
            List<Path> regular = files.filter(Files::isRegularFile).toList();
            assertThat(regular).isNotEmpty();
            for (Path file : regular) {
                assertThat(indexOf(Files.readAllBytes(file), secret)).as(file.toString()).isEqualTo(-1);
            }
        }
    }

    @Test
    void aSecondOpeningOfTheSameStoreIsRefusedWithAPlainMessage() {
        try (EmbeddedNeo4j first = EmbeddedNeo4j.start(home)) {
            assertThatThrownBy(() -> EmbeddedNeo4j.start(home))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("is in use by another process")
                    .hasMessageContaining(home.toString());
            assertThat(first.boltUri()).isNotNull();
        }
    }

    /**
     * The suite's logging configuration keeps Neo4j and the driver at WARN; this test looks at every line
     * any of them could write, debug lines included, so it lets them all through while it runs.
     */
    private static Map<Logger, Level> logEverything(Logger root) {
        Map<Logger, Level> configured = new HashMap<>();
        for (Logger logger : ((LoggerContext) LoggerFactory.getILoggerFactory()).getLoggerList()) {
            if (logger.getLevel() != null) {
                configured.put(logger, logger.getLevel());
                logger.setLevel(logger == root ? Level.ALL : null);
            }
        }
        return configured;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
