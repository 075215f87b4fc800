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
        if (!SheetMapping.EXCHANGES.equals(mapping.sheet())) {
            log.add("/sheet", "this version reads sheets of kind \"" + SheetMapping.EXCHANGES + "\" (one row per exchange)",
                    "write \"sheet\": \"exchanges\"");
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

    /** Each mapped field's 0-based column; a mapped header the sheet does not have is a problem at the mapping. */
    static Map<String, Integer> columns(SheetMapping mapping, List<String> header, ProblemLog log) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = header.size() - 1; i >= 0; i--) {
            index.put(header.get(i).strip(), i);
        }
        Map<String, Integer> columnOf = new HashMap<>();
        for (RecordComponent field : SheetMapping.Columns.class.getRecordComponents()) {
            String wanted = value(field, mapping.columns());
            if (wanted == null) {
                continue;
            }
            Integer column = index.get(wanted.strip());
            if (column == null) {
                log.add("/columns/" + field.getName(), "column \"" + FieldChecks.printable(wanted) + "\" is not in the sheet",
                        "its header row has: " + String.join(", ", header.stream().map(FieldChecks::printable).toList()));
            } else if (header.stream().filter(h -> h.strip().equals(wanted.strip())).count() > 1) {
                log.add("/columns/" + field.getName(), "the sheet has more than one column \"" + FieldChecks.printable(wanted) + "\"",
                        "give each column its own header");
            } else {
                columnOf.put(field.getName(), column);
            }
        }
        for (String required : mapping.rowsCite() ? List.of("from", "to", "channel") : List.of("from", "to", "channel", "quote")) {
            if (value(component(required), mapping.columns()) == null) {
                log.add("/columns", "no column is mapped to " + required, required.equals("quote")
                        ? "map the column that quotes the source, or set \"rowsAreEvidence\": true if the sheet itself is the evidence"
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
