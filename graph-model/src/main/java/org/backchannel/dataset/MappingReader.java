package org.backchannel.dataset;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backchannel.json.JsonInputException;
import org.backchannel.json.JsonLocations;
import org.backchannel.json.ProblemLog;
import org.backchannel.json.StrictJson;

/** Reads an import specification as strictly as a dataset, and checks it against the sheet's header row. */
final class MappingReader {

    static final long MAX_BYTES = 1024 * 1024;
    private static final Set<String> DELIMITERS = Set.of(",", ";", "\t");

    /** A mapping, how problems name it, and where each of its values is written. */
    record Read(SheetMapping mapping, String name, JsonLocations places) {
    }

    private MappingReader() {
    }

    /** Mappings are read as strictly as datasets; the hints point at the spreadsheet import's documentation. */
    private static final StrictJson JSON = new StrictJson("mapping", "docs/spreadsheet-import.md", 16, 100_000);

    static Read read(Path file) throws DatasetException {
        String name = file.toString();
        byte[] content;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new DatasetException(new DatasetProblem(name, 1, 1, "", "the mapping is larger than " + MAX_BYTES + " bytes",
                        "a mapping is a small JSON file; see docs/spreadsheet-import.md"));
            }
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DatasetException(new DatasetProblem(name, 1, 1, "", "the mapping could not be read: " + e.getMessage(),
                    "check that the path is right and readable"));
        }
        return read(name, content);
    }

    /** Reads a mapping from memory; {@code name} names it in problems. */
    static Read read(String name, byte[] content) throws DatasetException {
        if (content.length > MAX_BYTES) {
            throw new DatasetException(new DatasetProblem(name, 1, 1, "", "the mapping is larger than " + MAX_BYTES + " bytes",
                    "a mapping is a small JSON file; see docs/spreadsheet-import.md"));
        }
        StrictJson.Parsed<SheetMapping> parsed;
        try {
            parsed = JSON.read(name, content, SheetMapping.class);
        } catch (JsonInputException e) {
            throw new DatasetException(DatasetProblem.of(e.problem()));
        }
        JsonLocations places = parsed.locations();
        SheetMapping mapping = parsed.value();
        ProblemLog log = new ProblemLog(name, places);
        if (!SheetMapping.FORMAT.equals(mapping.format())) {
            log.add("/format", "the format must be \"" + SheetMapping.FORMAT + "\"", "start from import --propose-mapping SHEET");
        }
        boolean nodes = SheetMapping.NODES.equals(mapping.sheet());
        if (!SheetMapping.EXCHANGES.equals(mapping.sheet()) && !nodes) {
            log.add("/sheet", "the sheet must be \"" + SheetMapping.EXCHANGES + "\" (one row per exchange) or \""
                    + SheetMapping.NODES + "\" (one row per node, with a sheet of links beside it)", "write \"sheet\": \"exchanges\"");
        }
        if (mapping.links() != null && !nodes) {
            log.add("/links", "a sheet of links goes with a sheet of nodes", "write \"sheet\": \"nodes\", or leave links out");
        }
        if (mapping.links() != null && (mapping.links().file() == null || mapping.links().columns() == null)) {
            log.add("/links", "the sheet of links needs its file and its columns", "see docs/spreadsheet-import.md");
        }
        if (mapping.links() != null && mapping.links().delimiter() != null && !DELIMITERS.contains(mapping.links().delimiter())) {
            log.add("/links/delimiter", "the delimiter must be \",\", \";\" or a tab", "leave it out to have it guessed from the header row");
        }
        if (mapping.dataset() == null) {
            log.add("/dataset", "required field dataset is missing", "give the dataset an id and a title");
        }
        if (mapping.columns() == null) {
            log.add("/columns", "required field columns is missing", "name the column of each field");
        }
        if (mapping.delimiter() != null && !DELIMITERS.contains(mapping.delimiter())) {
            log.add("/delimiter", "the delimiter must be \",\", \";\" or a tab", "leave it out to have it guessed from the header row");
        }
        log.throwIfAny(DatasetException::of);
        return new Read(mapping, name, places);
    }

    /** Each mapped field's 0-based column in an exchange or node sheet; a mapped header the sheet does not have is a problem at the mapping. */
    static Map<String, Integer> columns(SheetMapping mapping, List<String> header, ProblemLog log) {
        boolean nodes = SheetMapping.NODES.equals(mapping.sheet());
        List<String> required = nodes ? List.of("id", "name") : List.of("from", "to", "channel");
        quotesNeedASource(mapping.columns(), mapping.defaults(), "/columns/quote", log);
        return columns(mapping.columns(), "/columns", nodes ? SheetMapping.NODE_FIELDS : SheetMapping.EXCHANGE_FIELDS, required,
                mapping.rowsCite(), header, log);
    }

    /**
     * A quote column needs the document the quotes come from, from a column or {@code defaults.source}:
     * said once at the mapping rather than once per row.
     */
    private static void quotesNeedASource(SheetMapping.Columns columns, SheetMapping.Defaults defaults, String at, ProblemLog log) {
        if (columns != null && columns.quote() != null && columns.source() == null && (defaults == null || defaults.source() == null)) {
            log.add(at, "the quotes' source is not named", "describe the document the quotes come from under \"sources\" and "
                    + "give its id as \"defaults\": {\"source\": …}, or map a source column");
        }
    }

    /** The same for the sheet of links beside a node sheet. */
    static Map<String, Integer> linkColumns(SheetMapping mapping, List<String> header, ProblemLog log) {
        quotesNeedASource(mapping.links().columns(), mapping.defaults(), "/links/columns/quote", log);
        return columns(mapping.links().columns(), "/links/columns", SheetMapping.LINK_FIELDS, List.of("from", "to", "type"),
                mapping.rowsCite(), header, log);
    }

    private static Map<String, Integer> columns(SheetMapping.Columns columns, String at, List<String> allowed, List<String> required,
                                                boolean rowsCite, List<String> header, ProblemLog log) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = header.size() - 1; i >= 0; i--) {
            index.put(header.get(i).strip(), i);
        }
        Map<String, Integer> columnOf = new HashMap<>();
        for (RecordComponent field : SheetMapping.Columns.class.getRecordComponents()) {
            String wanted = value(field, columns);
            if (wanted == null) {
                continue;
            }
            Integer column = index.get(wanted.strip());
            if (!allowed.contains(field.getName())) {
                log.add(at + "/" + field.getName(), "this sheet has no field " + field.getName(),
                        "its fields are " + String.join(", ", allowed));
            } else if (column == null) {
                log.add(at + "/" + field.getName(), "column \"" + FieldChecks.printable(wanted) + "\" is not in the sheet",
                        "its header row has: " + String.join(", ", header.stream().map(FieldChecks::printable).toList()));
            } else if (header.stream().filter(h -> h.strip().equals(wanted.strip())).count() > 1) {
                log.add(at + "/" + field.getName(), "the sheet has more than one column \"" + FieldChecks.printable(wanted) + "\"",
                        "give each column its own header");
            } else {
                columnOf.put(field.getName(), column);
            }
        }
        List<String> needed = new java.util.ArrayList<>(required);
        if (!rowsCite) {
            needed.add("quote");
        }
        for (String field : needed) {
            if (value(component(field), columns) == null) {
                log.add(at, "no column is mapped to " + field, field.equals("quote")
                        ? "choose the evidence: map the column that quotes the source (and name that source), or set "
                          + "\"rowsAreEvidence\": true if the sheet itself is the evidence, each row cited as \"row N of\" the sheet"
                        : "name the column that holds it");
            }
        }
        return columnOf;
    }

    private static RecordComponent component(String name) {
        for (RecordComponent c : SheetMapping.Columns.class.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static String value(RecordComponent field, SheetMapping.Columns columns) {
        try {
            return (String) field.getAccessor().invoke(columns);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a record accessor is public", e);
        }
    }
}
