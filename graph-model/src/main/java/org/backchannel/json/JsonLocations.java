package org.backchannel.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a JSON document starts, by JSON pointer. A first, streaming pass over the
 * document records them, so that problems found later, on plain values, can still say line and column.
 */
public final class JsonLocations implements Places {

    public record Position(int line, int column) {
    }

    private final Map<String, Position> byPointer = new HashMap<>();

    /**
     * Reads the whole document; syntax errors (and duplicate keys, when the parser detects them) propagate.
     *
     * @param document what the document is, for messages ("dataset", "session")
     * @param maxDepth the nesting limit the parser was built with, for messages
     */
    public static JsonLocations scan(JsonParser parser, String document, int maxDepth) throws IOException {
        try {
            return scanTokens(parser, document);
        } catch (StreamConstraintsException e) {
            // Constraint errors carry no location; re-raise them at the place the parser reached.
            String message = e.getOriginalMessage().startsWith("Document nesting depth")
                    ? "values are nested more than " + maxDepth + " levels deep"
                    : e.getOriginalMessage();
            throw new JsonParseException(parser, message, e);
        }
    }

    private static JsonLocations scanTokens(JsonParser parser, String document) throws IOException {
        JsonLocations locations = new JsonLocations();
        JsonToken token;
        int depth = 0;
        boolean rootSeen = false;
        while ((token = parser.nextToken()) != null) {
            if (depth == 0 && rootSeen) {
                throw new JsonParseException(parser, "more content after the end of the " + document + " (" + token.asString() + ")");
            }
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                depth--;
                continue;
            }
            if (token == JsonToken.FIELD_NAME) {
                continue;
            }
            rootSeen = true;
            JsonStreamContext context = parser.getParsingContext();
            if (token.isStructStart()) {
                depth++;
                context = context.getParent();
            }
            JsonLocation at = parser.currentTokenLocation();
            locations.byPointer.putIfAbsent(context.pathAsPointer().toString(), new Position(at.getLineNr(), at.getColumnNr()));
        }
        return locations;
    }

    public boolean isEmpty() {
        return byPointer.isEmpty();
    }

    /** The position of the value at {@code pointer}, or of its nearest recorded ancestor. */
    @Override
    public Position find(String pointer) {
        String current = pointer;
        while (true) {
            Position found = byPointer.get(current);
            if (found != null || current.isEmpty()) {
                return found != null ? found : new Position(1, 1);
            }
            current = current.substring(0, current.lastIndexOf('/'));
        }
    }
}
