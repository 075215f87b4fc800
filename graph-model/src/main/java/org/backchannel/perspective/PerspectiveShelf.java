package org.backchannel.perspective;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The perspectives the user made, one per store, in the user's settings folder
 * ({@code <home>/perspectives/}), as {@code backchannel-perspective/1} files named by a digest of the
 * store's address without credentials and its database name. Saved atomically: a crash leaves the
 * previous file or the new one, never half of one.
 */
public final class PerspectiveShelf {

    private final Path folder;
    // Made when first needed: its JSON reader loads some 350 classes, which the window's start (it makes a shelf) can do without.
    private PerspectiveFile files;

    public PerspectiveShelf(Path appHome) {
        this.folder = appHome.resolve("perspectives");
    }

    /** The file a store's perspective is kept in; {@code safeUri} never carries a password. */
    public Path fileFor(String safeUri, String database) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((safeUri + "\n" + database).getBytes(StandardCharsets.UTF_8));
            return folder.resolve(HexFormat.of().formatHex(digest, 0, 12) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * The perspective kept for a store, if there is one.
     *
     * @throws PerspectiveException when the kept file no longer reads, naming it and where
     */
    public Optional<Perspective> find(String safeUri, String database) throws PerspectiveException {
        Path file = fileFor(safeUri, database);
        return Files.isRegularFile(file) ? Optional.of(files().read(file)) : Optional.empty();
    }

    public void keep(String safeUri, String database, Perspective perspective) throws IOException {
        Path file = fileFor(safeUri, database);
        Files.createDirectories(folder);
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temp, files().write(perspective, new PerspectiveFile.Origin(safeUri, database)));
        Files.move(temp, file, ATOMIC_MOVE, REPLACE_EXISTING);
    }

    private synchronized PerspectiveFile files() {
        if (files == null) {
            files = new PerspectiveFile();
        }
        return files;
    }
}
