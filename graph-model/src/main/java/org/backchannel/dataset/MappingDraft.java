package org.backchannel.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A mapping being edited in a window: the JSON of an import specification, changed field by field
 * (which column holds what, the defaults, the dataset's id and title). It keeps every other part of
 * the file as it was (sources, description, revises), and it is checked only by reading it as the
 * command line would ({@link SheetReader}), so the window and {@code import --mapping} never disagree.
 */
public final class MappingDraft {

    /** The fields a column can hold, in the order of {@code columns} in docs/spreadsheet-import.md. */
    public static final List<String> FIELDS = SheetMapping.EXCHANGE_FIELDS;

    /** The default that stands in for a field's blank or unmapped cell, where there is one. */
    private static final Map<String, String> DEFAULT_OF = Map.of("channelType", "channelType", "secrecy", "secrecy",
            "outcomeCategory", "outcomeCategory", "source", "source");

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The id of a source the window adds when the analyst names the document quotes come from. */
    private static final String NEW_SOURCE = "quoted-document";

    private final ObjectNode root;

    private MappingDraft(ObjectNode root) {
        this.root = root;
    }

    /** The mapping guessed from the sheet's header row (as {@code import --propose-mapping} prints it). */
    public static MappingDraft proposedFor(Sheet sheet) {
        return parse(MappingProposal.propose(sheet).json().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a mapping file as strictly as {@code import --mapping} does (a duplicate key or a misspelt
     * field is refused with its line and column); whether its columns fit a sheet is checked later.
     */
    public static MappingDraft read(Path file) throws DatasetException {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new DatasetException(new DatasetProblem(file.toString(), 1, 1, "", "the mapping could not be read: " + e.getMessage(),
                    "check that the path is right and readable"));
        }
        MappingReader.read(file.toString(), content);
        return parse(content);
    }

    private static MappingDraft parse(byte[] content) {
        try {
            return new MappingDraft((ObjectNode) JSON.readTree(content));
        } catch (java.io.IOException | ClassCastException e) {
            throw new IllegalStateException("a mapping that read strictly is a JSON object", e);
        }
    }

    /** Whether this is a mapping of an exchange sheet, the kind the window edits field by field. */
    public boolean ofExchanges() {
        return SheetMapping.EXCHANGES.equals(text(root.get("sheet")));
    }

    /** The header of the column mapped to {@code field}, or null when none is. */
    public String column(String field) {
        return text(root.path("columns").get(field));
    }

    /** Maps {@code field} to the column of this header; null or blank leaves the field without a column. */
    public void setColumn(String field, String header) {
        if (!FIELDS.contains(field)) {
            throw new IllegalArgumentException("no such field: " + field);
        }
        ObjectNode columns = object("columns");
        if (header == null || header.isBlank()) {
            columns.remove(field);
        } else {
            columns.put(field, header.strip());
        }
    }

    /** The value of {@code defaults.name}, or null. */
    public String defaultValue(String name) {
        return text(root.path("defaults").get(name));
    }

    public void setDefault(String name, String value) {
        ObjectNode defaults = object("defaults");
        if (value == null || value.isBlank()) {
            defaults.remove(name);
        } else {
            defaults.put(name, value.strip());
        }
    }

    public String datasetId() {
        return text(root.path("dataset").get("id"));
    }

    public void setDatasetId(String id) {
        object("dataset").put("id", id == null ? "" : id.strip());
    }

    public String datasetTitle() {
        return text(root.path("dataset").get("title"));
    }

    public void setDatasetTitle(String title) {
        object("dataset").put("title", title == null ? "" : title.strip());
    }

    /** The title of the first source the mapping describes (the document the quotes come from), or null. */
    public String sourceTitle() {
        return text(root.path("sources").path(0).get("title"));
    }

    /**
     * Names the first source the mapping describes (the document quotes come from). A mapping without
     * one (a sheet without a quote column is proposed so) gets one, cited by default; a blank title
     * takes that one out again, with its default, so that no unnamed document is imported. A source the
     * mapping came with keeps its id (rows may cite it) and a blank title, which the check refuses.
     */
    public void setSourceTitle(String title) {
        ArrayNode sources = root.get("sources") instanceof ArrayNode list ? list : root.putArray("sources");
        boolean blank = title == null || title.isBlank();
        if (sources.path(0) instanceof ObjectNode first) {
            if (!blank || !NEW_SOURCE.equals(first.path("id").asText())) {
                first.put("title", blank ? "" : title.strip());
                return;
            }
            sources.remove(0);
            if (NEW_SOURCE.equals(defaultValue("source"))) {
                setDefault("source", null);
            }
        } else if (!blank) {
            sources.addObject().put("id", NEW_SOURCE).put("kind", "document").put("title", title.strip());
            if (defaultValue("source") == null) {
                setDefault("source", NEW_SOURCE);
            }
        }
    }

    public boolean rowsAreEvidence() {
        return root.path("rowsAreEvidence").asBoolean(false);
    }

    public void setRowsAreEvidence(boolean rowsAreEvidence) {
        root.put("rowsAreEvidence", rowsAreEvidence);
    }

    /**
     * What the mapping reads for {@code field} in one row: its cell, or the default that stands in
     * for a blank or unmapped cell; null when neither gives anything.
     */
    public String valueIn(List<String> header, List<String> row, String field) {
        String column = column(field);
        int at = column == null ? -1 : header.stream().map(String::strip).toList().indexOf(column);
        if (at >= 0 && at < row.size() && !row.get(at).isBlank()) {
            return row.get(at).strip();
        }
        return DEFAULT_OF.containsKey(field) ? defaultValue(DEFAULT_OF.get(field)) : null;
    }

    /** The mapping file's text, as it would be saved. */
    public byte[] json() {
        try {
            return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + System.lineSeparator())
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always writes", e);
        }
    }

    /** An independent copy, for a check that runs while the user goes on editing. */
    public MappingDraft copy() {
        return new MappingDraft(root.deepCopy());
    }

    private ObjectNode object(String name) {
        JsonNode node = root.get(name);
        return node instanceof ObjectNode object ? object : root.putObject(name);
    }

    private static String text(JsonNode node) {
        return node == null || !node.isTextual() ? null : node.asText();
    }
}
