package org.backchannel.store.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.neo4j.io.ByteUnit;

/**
 * How much memory the embedded store's page cache gets. A page-cache miss costs a read from the
 * operating system, and browsing a large store touches records all over its files, so the cache
 * should hold the whole store: its files' size plus a quarter for what this session imports. A
 * small store still gets 64 MB, and no store more than a quarter of the machine's memory, so that
 * the desktop keeps room for the app and everything else.
 */
final class PageCacheSize {

    static final long MINIMUM = ByteUnit.mebiBytes(64);

    private PageCacheSize() {
    }

    /** The size for the store under {@code home}, on this machine. */
    static long forStore(Path home) {
        return of(storeBytes(home.resolve("data").resolve("databases")), physicalMemory());
    }

    static long of(long storeBytes, long physicalMemory) {
        long wanted = storeBytes + storeBytes / 4;
        return Math.max(MINIMUM, Math.min(wanted, physicalMemory / 4));
    }

    /** The bytes of every file under {@code databases}: store files and indexes; transaction logs live elsewhere. */
    static long storeBytes(Path databases) {
        if (!Files.isDirectory(databases)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(databases)) {
            return files.filter(Files::isRegularFile).mapToLong(PageCacheSize::size).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            // A file Neo4j removed while we walked takes no cache.
            return 0;
        }
    }

    private static long physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return MINIMUM * 4;
    }
}
