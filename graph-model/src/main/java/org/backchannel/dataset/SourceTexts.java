package org.backchannel.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the plain-text copy of a source that a dataset names in {@code sources[].text}, so that
 * quotes can be checked against it. Paths are relative to the dataset and may not leave its folder.
 */
@FunctionalInterface
public interface SourceTexts {

    /** The raw bytes of the text, or empty when there is no such file. */
    Optional<byte[]> find(String relativePath) throws IOException;

    /**
     * Texts in the folder of a dataset file. The folder is the file's real one, so that
     * {@code ../notes/dataset.json} means what the shell means by it.
     */
    static SourceTexts nextTo(Path datasetFile) {
        Path folder = realFolderOf(datasetFile);
        return relativePath -> {
            Path candidate = folder.resolve(relativePath).normalize();
            if (!candidate.startsWith(folder) || !Files.isRegularFile(candidate)) {
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(candidate));
        };
    }

    private static Path realFolderOf(Path file) {
        try {
            return file.toRealPath().getParent();
        } catch (IOException e) {
            // The file was just read; should it vanish now, the lexical folder is the best guess left.
            return file.toAbsolutePath().normalize().getParent();
        }
    }

    /** Texts next to a dataset on the classpath. */
    static SourceTexts nextToResource(ClassLoader loader, String datasetResource) {
        int slash = datasetResource.lastIndexOf('/');
        String folder = slash < 0 ? "" : datasetResource.substring(0, slash + 1);
        return relativePath -> {
            if (relativePath.contains("..") || relativePath.startsWith("/")) {
                return Optional.empty();
            }
            try (InputStream in = loader.getResourceAsStream(folder + relativePath)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            }
        };
    }
}
