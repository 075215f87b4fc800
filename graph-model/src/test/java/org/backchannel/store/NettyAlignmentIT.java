package org.backchannel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.netty.util.Version;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The embedded server and the driver share one netty. With mixed 4.1/4.2 jars every driver call
 * hangs forever without an error (docs/decisions/0002), so this fails fast instead of hanging CI.
 */
class NettyAlignmentIT {

    @Test
    void everyNettyArtifactIsTheServersVersion() {
        Map<String, Version> versions = Version.identify();
        assertThat(versions).isNotEmpty();
        assertThat(versions.values()).extracting(Version::artifactVersion).containsOnly("4.1.137.Final");
    }

    @Test
    void aDriverQueryAgainstTheEmbeddedServerReturnsPromptly() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            assertThat(SharedEmbeddedStore.store().summary()).isNotNull();
        });
    }
}
