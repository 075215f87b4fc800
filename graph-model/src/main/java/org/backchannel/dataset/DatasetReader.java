package org.backchannel.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backchannel.json.JsonInputException;
import org.backchannel.json.ProblemLog;
import org.backchannel.json.StrictJson;
import org.backchannel.model.Dataset;

/**
 * Reads a {@code backchannel-dataset/2} (or {@code /1}) file strictly: any syntax error, duplicate key, unknown
 * field, type mismatch, bad value or broken reference refuses the whole file with a
 * {@link DatasetException} that says where. Reading never touches a store.
 */
public final class DatasetReader {

    /** Larger files are refused before parsing; the article's dataset is well under 1 MB. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;
    static final int MAX_DEPTH = 32;

    private final StrictJson json = new StrictJson("dataset", "docs/dataset-format.md", MAX_DEPTH, 1_000_000);

    public Dataset read(Path file) throws DatasetException {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(name, size);
            }
            return read(name, Files.readAllBytes(file), SourceTexts.nextTo(file));
        } catch (IOException e) {
            throw new DatasetException(new DatasetProblem(name, 1, 1, "", "the file could not be read: " + e.getMessage(),
                    "check that the path is right and readable"));
        }
    }

    /** Reads a dataset shipped on the classpath, such as the bundled article dataset. */
    public Dataset readResource(ClassLoader loader, String resource) throws DatasetException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new DatasetException(new DatasetProblem(resource, 1, 1, "", "no such resource on the classpath",
                        "check that the data module is on the classpath"));
            }
            byte[] content = in.readNBytes((int) MAX_BYTES + 1);
            if (content.length > MAX_BYTES) {
                throw tooLarge(resource, content.length);
            }
            return read(resource, content, SourceTexts.nextToResource(loader, resource));
        } catch (IOException e) {
            throw new DatasetException(new DatasetProblem(resource, 1, 1, "", "the resource could not be read: " + e.getMessage(), null));
        }
    }

    /**
     * Reads a dataset from memory.
     *
     * @param name  how to name the file in messages
     * @param texts where the plain-text copies of its sources are
     */
    public Dataset read(String name, byte[] content, SourceTexts texts) throws DatasetException {
        if (content.length > MAX_BYTES) {
            throw tooLarge(name, content.length);
        }
        StrictJson.Parsed<DatasetJson> parsed;
        try {
            parsed = json.read(name, content, DatasetJson.class);
        } catch (JsonInputException e) {
            throw new DatasetException(DatasetProblem.of(e.problem()));
        }
        DatasetJson file = parsed.value();
        ProblemLog log = new ProblemLog(name, parsed.locations());
        if (!Dataset.FORMAT.equals(file.format()) && !Dataset.FORMAT_1.equals(file.format())) {
            log.add("/format", file.format() == null
                            ? "required field format is missing or null"
                            : "unknown format \"" + FieldChecks.printable(file.format()) + "\"",
                    "this version of Backchannel reads \"" + Dataset.FORMAT + "\" and \"" + Dataset.FORMAT_1 + "\"");
            log.throwIfAny(DatasetException::of);
        }
        DatasetIdentity identity = DatasetIdentity.check(file, name, log, new FieldChecks(log));
        return new DatasetValidator(log, texts).validate(file, identity, name, Sha256.hex(content));
    }
    private static DatasetException tooLarge(String name, long size) {
        return new DatasetException(new DatasetProblem(name, 1, 1, "",
                "the file is " + size + " bytes; the limit is " + MAX_BYTES + " bytes",
                "split the dataset or load it into Neo4j with its own tools"));
    }
}
