package org.backchannel.session;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.TRUNCATE_EXISTING;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves and opens session files so that a crash, a kill or a full disk never costs the last good
 * session. A save writes {@code NAME.tmp} in the same folder and forces it to disk, copies the
 * previous file to {@code NAME.bak} the same way, then renames the new file over the old one: at every
 * moment {@code NAME} is the old session or the new one, whole. Opening falls back to the backup, and
 * says so, when the file itself cannot be read. One writer per file: the app saves from one thread.
 */
public final class SessionFiles {

    private static final Logger LOG = LoggerFactory.getLogger(SessionFiles.class);

    /** The file the app saves to on exit and after changes, under the app's home folder. */
    public static final String LAST_SESSION = "last.backchannel";

    /** A session opened, and from where: the file asked for, or its backup with a note saying why. */
    public record Opened(Session session, Path from, Optional<String> note) {
    }

    private final SessionWriter writer = new SessionWriter();
    private final SessionReader reader = new SessionReader();

    /** {@code APP_HOME/sessions/last.backchannel}, next to the embedded store's {@code neo4j} folder. */
    public static Path lastSession(Path appHome) {
        return appHome.resolve("sessions").resolve(LAST_SESSION);
    }

    public static Path backupOf(Path file) {
        return sibling(file, ".bak");
    }

    /** Writes {@code session} to {@code file} atomically, keeping the previous file as the backup. */
    public void save(Session session, Path file) throws IOException {
        saveBytes(writer.toBytes(session), file);
    }

    /**
     * Writes {@code session} as {@link #save} does, then the picture that goes with it beside it
     * ({@link DrawingCacheFile#beside}), stamped with the session's bytes and also written atomically.
     * The session comes first: a crash between the two leaves a cache whose stamp does not match, which
     * is simply not drawn. A cache that cannot be written is removed and does not fail the save: it is
     * only the early picture.
     */
    public void save(Session session, DrawingCache picture, Path file) throws IOException {
        byte[] bytes = writer.toBytes(session);
        saveBytes(bytes, file);
        Path cache = DrawingCacheFile.beside(file);
        Path temp = sibling(cache, ".tmp");
        try {
            writeDurably(temp, ByteBuffer.wrap(new DrawingCacheFile().toBytes(picture.stamped(DrawingCache.SessionStamp.of(bytes)))));
            Files.move(temp, cache, ATOMIC_MOVE, REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            LOG.warn("The drawing cache {} could not be written; the next launch draws the session once the store answers", cache, e);
            try {
                Files.deleteIfExists(cache);
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                // The stamp keeps a stale cache from being drawn.
            }
        }
    }

    private void saveBytes(byte[] bytes, Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = sibling(file, ".tmp");
        try {
            writeDurably(temp, ByteBuffer.wrap(bytes));
            if (Files.isRegularFile(file)) {
                Path backupTemp = sibling(file, ".bak.tmp");
                writeDurably(backupTemp, ByteBuffer.wrap(Files.readAllBytes(file)));
                Files.move(backupTemp, backupOf(file), ATOMIC_MOVE, REPLACE_EXISTING);
            }
            Files.move(temp, file, ATOMIC_MOVE, REPLACE_EXISTING);
        } catch (IOException e) {
            IOException failed = new IOException("The session could not be saved to " + file + ": " + e.getMessage()
                    + " (the previous session there is unchanged)", e);
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                failed.addSuppressed(cleanup);
            }
            throw failed;
        }
        forceFolder(folder);
    }

    /**
     * Opens {@code file}; when it cannot be read but its backup can, opens the backup and says so.
     *
     * @throws SessionException the file's own problems, when neither it nor a backup can be read
     */
    public Opened open(Path file) throws SessionException {
        try {
            return new Opened(reader.read(file), file, Optional.empty());
        } catch (SessionException broken) {
            Path backup = backupOf(file);
            if (!Files.isRegularFile(backup)) {
                throw broken;
            }
            try {
                Session previous = reader.read(backup);
                return new Opened(previous, backup, Optional.of("The session " + file + " could not be read ("
                        + broken.problems().get(0) + "); opened its backup " + backup.getFileName() + ", saved "
                        + previous.savedAt() + ", instead."));
            } catch (SessionException alsoBroken) {
                throw broken;
            }
        }
    }

    private static void writeDurably(Path target, ByteBuffer bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(target, WRITE, CREATE, TRUNCATE_EXISTING)) {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
    }

    /** Makes the renames durable; a folder cannot be opened for this on Windows, where the rename is durable by itself. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Nothing to do: the file is saved; only its directory entry may reach the disk a moment later.
        }
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }
}
