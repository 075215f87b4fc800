package org.backchannel.dataset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
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

    private final JsonFactory factory;
    private final ObjectMapper mapper;

    public DatasetReader() {
        factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(1_000_000)
                        .maxNumberLength(100)
                        .maxNameLength(1_000)
                        .build())
                .build();
        JsonMapper strict = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        strict.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper = strict;
    }

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
        JsonLocations locations = scan(name, content);
        DatasetJson json = bind(name, content, locations);
        ProblemLog log = new ProblemLog(name, locations);
        if (!Dataset.FORMAT.equals(json.format()) && !Dataset.FORMAT_1.equals(json.format())) {
            log.add("/format", json.format() == null
                            ? "required field format is missing or null"
                            : "unknown format \"" + FieldChecks.printable(json.format()) + "\"",
                    "this version of Backchannel reads \"" + Dataset.FORMAT + "\" and \"" + Dataset.FORMAT_1 + "\"");
            log.throwIfAny();
        }
        DatasetIdentity identity = DatasetIdentity.check(json, name, log, new FieldChecks(log));
        return new DatasetValidator(log, texts).validate(json, identity, name, Sha256.hex(content));
    }

    JsonLocations scan(String name, byte[] content) throws DatasetException {
        try (JsonParser parser = factory.createParser(content)) {
            JsonLocations locations = JsonLocations.scan(parser);
            if (locations.isEmpty()) {
                throw new DatasetException(new DatasetProblem(name, 1, 1, "", "the file is empty", "a dataset is a JSON object"));
            }
            return locations;
        } catch (JsonProcessingException e) {
            throw syntaxError(name, e);
        } catch (IOException e) {
            throw new DatasetException(new DatasetProblem(name, 1, 1, "", "the file could not be read: " + e.getMessage(), null));
        }
    }

    private DatasetJson bind(String name, byte[] content, JsonLocations locations) throws DatasetException {
        return bind(name, content, locations, DatasetJson.class);
    }

    /** Binds a strictly read JSON document (a dataset, or a spreadsheet mapping) to its record. */
    <T> T bind(String name, byte[] content, JsonLocations locations, Class<T> type) throws DatasetException {
        try {
            T json = mapper.readValue(content, type);
            if (json == null) {
                throw new DatasetException(new DatasetProblem(name, 1, 1, "", "the document is null", "a dataset is a JSON object"));
            }
            return json;
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            throw problem(name, locations, pointerOf(e), "unknown field \"" + FieldChecks.printable(e.getPropertyName()) + "\"",
                    "check the spelling; fields allowed here: " + known);
        } catch (JsonMappingException e) {
            throw problem(name, locations, pointerOf(e), TypeMismatch.describe(e), "see docs/dataset-format.md for the type of each field");
        } catch (JsonProcessingException e) {
            throw syntaxError(name, e);
        } catch (IOException e) {
            throw new DatasetException(new DatasetProblem(name, 1, 1, "", "the file could not be read: " + e.getMessage(), null));
        }
    }

    private static String pointerOf(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            pointer.append('/');
            pointer.append(ref.getFieldName() != null ? ref.getFieldName().replace("~", "~0").replace("/", "~1") : ref.getIndex());
        }
        return pointer.toString();
    }

    private static DatasetException syntaxError(String name, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String pointer = "";
        if (e.getProcessor() instanceof JsonParser p) {
            pointer = p.getParsingContext().pathAsPointer().toString();
            at = at != null ? at : p.currentLocation();
        }
        String message = e.getOriginalMessage().split("\n")[0];
        int noise = message.indexOf(" (start marker at");
        message = noise < 0 ? message : message.substring(0, noise);
        return problem(name, at, pointer, "not valid JSON: " + message,
                "fix the syntax at this place (an editor with JSON support shows it)");
    }

    private static DatasetException problem(String name, JsonLocations locations, String pointer, String message, String hint) {
        JsonLocations.Position at = locations.find(pointer);
        return new DatasetException(new DatasetProblem(name, at.line(), at.column(), pointer, message, hint));
    }

    private static DatasetException problem(String name, JsonLocation at, String pointer, String message, String hint) {
        int line = at == null ? 1 : Math.max(1, at.getLineNr());
        int column = at == null ? 1 : Math.max(1, at.getColumnNr());
        return new DatasetException(new DatasetProblem(name, line, column, pointer, message, hint));
    }

    private static DatasetException tooLarge(String name, long size) {
        return new DatasetException(new DatasetProblem(name, 1, 1, "",
                "the file is " + size + " bytes; the limit is " + MAX_BYTES + " bytes",
                "split the dataset or load it into Neo4j with its own tools"));
    }
}
