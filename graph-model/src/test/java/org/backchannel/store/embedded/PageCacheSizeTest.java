package org.backchannel.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.io.ByteUnit;

class PageCacheSizeTest {

    private static final long MACHINE = ByteUnit.gibiBytes(24);

    @Test
    void aSmallOrNewStoreGetsTheMinimum() {
        assertThat(PageCacheSize.of(0, MACHINE)).isEqualTo(PageCacheSize.MINIMUM);
        assertThat(PageCacheSize.of(ByteUnit.mebiBytes(5), MACHINE)).isEqualTo(PageCacheSize.MINIMUM);
    }

    @Test
    void aLargeStoreGetsItsSizeAndAQuarterMore() {
        assertThat(PageCacheSize.of(ByteUnit.gibiBytes(2), MACHINE)).isEqualTo(ByteUnit.mebiBytes(2560));
    }

    @Test
    void noStoreGetsMoreThanAQuarterOfTheMachine() {
        assertThat(PageCacheSize.of(ByteUnit.gibiBytes(40), MACHINE)).isEqualTo(ByteUnit.gibiBytes(6));
    }

    @Test
    void theStoreIsMeasuredByItsDatabaseFilesWithoutTheTransactionLogs(@TempDir Path home) throws IOException {
        Path database = Files.createDirectories(home.resolve("data/databases/neo4j/schema"));
        Files.write(database.resolve("index"), new byte[300]);
        Files.write(database.getParent().resolve("neostore.nodestore.db"), new byte[700]);
        Path logs = Files.createDirectories(home.resolve("data/transactions/neo4j"));
        Files.write(logs.resolve("neostore.transaction.db.0"), new byte[5_000]);

        assertThat(PageCacheSize.storeBytes(home.resolve("data/databases"))).isEqualTo(1_000);
        assertThat(PageCacheSize.storeBytes(home.resolve("nothing-here"))).isZero();
    }
}
