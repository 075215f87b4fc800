package org.backchannel.json;

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
import java.util.stream.Collectors;

/**
 * Parses a JSON file as strictly as Backchannel reads its files: duplicate keys, unknown fields,
 * trailing content, nulls for numbers and every coercion between text, numbers and booleans are
 * refused, with file, line, column and JSON pointer. A first streaming pass records where every value
 * starts ({@link JsonLocations}), so that checks made later on plain values can say where, too.
 */
public final class StrictJson {

    /** A bound document and where its values are. */
    public record Parsed<T>(T value, JsonLocations locations) {
    }

    private final String document;
    private final String formatDoc;
    private final int maxDepth;
    private final JsonFactory factory;
    private final ObjectMapper mapper;

    /**
     * @param document  what the files are, for messages: "dataset", "session"
     * @param formatDoc where the format is described, for hints
     */
    public StrictJson(String document, String formatDoc, int maxDepth, int maxStringLength) {
        this.document = document;
        this.formatDoc = formatDoc;
        this.maxDepth = maxDepth;
        factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxDepth)
                        .maxStringLength(maxStringLength)
                        .maxNumberLength(100)
                        .maxNameLength(1_000)
                        .build())
                .build();
        JsonMapper strict = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        strict.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper = strict;
    }

    /** Parses {@code content} (named {@code name} in messages) into {@code type}. */
    public <T> Parsed<T> read(String name, byte[] content, Class<T> type) throws JsonInputException {
        JsonLocations locations = scan(name, content);
        try {
            T value = mapper.readValue(content, type);
            if (value == null) {
                throw new JsonInputException(JsonProblem.ofFile(name, "the document is null", "a " + document + " is a JSON object"));
            }
            return new Parsed<>(value, locations);
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            throw problem(name, locations, pointerOf(e), "unknown field \"" + TextRules.printable(e.getPropertyName()) + "\"",
                    "check the spelling; fields allowed here: " + known);
        } catch (JsonMappingException e) {
            throw problem(name, locations, pointerOf(e), TypeMismatch.describe(e), "see " + formatDoc + " for the type of each field");
        } catch (JsonProcessingException e) {
            throw syntaxError(name, e);
        } catch (IOException e) {
            throw new JsonInputException(JsonProblem.ofFile(name, "the file could not be read: " + e.getMessage(), null));
        }
    }

    private JsonLocations scan(String name, byte[] content) throws JsonInputException {
        try (JsonParser parser = factory.createParser(content)) {
            JsonLocations locations = JsonLocations.scan(parser, document, maxDepth);
            if (locations.isEmpty()) {
                throw new JsonInputException(JsonProblem.ofFile(name, "the file is empty", "a " + document + " is a JSON object"));
            }
            return locations;
        } catch (JsonProcessingException e) {
            throw syntaxError(name, e);
        } catch (IOException e) {
            throw new JsonInputException(JsonProblem.ofFile(name, "the file could not be read: " + e.getMessage(), null));
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

    private static JsonInputException syntaxError(String name, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String pointer = "";
        if (e.getProcessor() instanceof JsonParser p) {
            pointer = p.getParsingContext().pathAsPointer().toString();
            at = at != null ? at : p.currentLocation();
        }
        String message = e.getOriginalMessage().split("\n")[0];
        int noise = message.indexOf(" (start marker at");
        message = noise < 0 ? message : message.substring(0, noise);
        int line = at == null ? 1 : Math.max(1, at.getLineNr());
        int column = at == null ? 1 : Math.max(1, at.getColumnNr());
        return new JsonInputException(new JsonProblem(name, line, column, pointer, "not valid JSON: " + message,
                "fix the syntax at this place (an editor with JSON support shows it)"));
    }

    private static JsonInputException problem(String name, JsonLocations locations, String pointer, String message, String hint) {
        JsonLocations.Position at = locations.find(pointer);
        return new JsonInputException(new JsonProblem(name, at.line(), at.column(), pointer, message, hint));
    }
}
