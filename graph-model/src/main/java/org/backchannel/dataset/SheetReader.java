package org.backchannel.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.backchannel.json.JsonLocations;
import org.backchannel.json.ProblemLog;
import org.backchannel.model.Dataset;

/**
 * Reads a CSV or TSV sheet of exchanges through a mapping into a {@link Dataset}, with the same
 * checks as a JSON dataset; every problem names the sheet's row and column (or the mapping's line
 * and column), and one problem refuses the whole sheet. Parsing is Apache Commons CSV's.
 */
public final class SheetReader {

    /** Larger sheets are refused before reading; 100,000 exchanges with quotes take about 30 MB. */
    public static final long MAX_BYTES = 128L * 1024 * 1024;


    public Dataset read(Path sheet, Path mappingFile) throws DatasetException {
        String sheetName = sheet.toString();
        MappingReader.Read read = MappingReader.read(mappingFile);
        SheetMapping mapping = read.mapping();
        JsonLocations mappingPlaces = read.places();
        byte[] bytes = bytes(sheet);
        List<CSVRecord> records = records(sheetName, SheetText.decode(sheetName, bytes), mapping.delimiter());
        List<String> header = records.get(0).toList();
        ProblemLog mappingLog = new ProblemLog(mappingFile.toString(), mappingPlaces);
        Map<String, Integer> columnOf = MappingReader.columns(mapping, header, mappingLog);
        mappingLog.throwIfAny(DatasetException::of);

        CellPlaces places = new CellPlaces(header, columnOf, mappingFile.toString(), mappingPlaces);
        ProblemLog log = new ProblemLog(sheetName, places);
        List<CSVRecord> rows = records.subList(1, records.size());
        for (CSVRecord row : rows) {
            if (row.size() != header.size()) {
                log.add("/sheet/" + row.getRecordNumber(), "the row has " + row.size() + " cells; the header row has " + header.size(),
                        "give every row one cell per column (quote a cell that holds the delimiter)");
            }
        }
        log.throwIfAny(DatasetException::of);
        DatasetJson dataset = new ExchangeSheet(mapping, columnOf, places, log, sheetName).build(rows);
        DatasetIdentity identity = DatasetIdentity.check(dataset, sheetName, log, new FieldChecks(log));
        return new DatasetValidator(log, SourceTexts.nextTo(mappingFile)).validate(dataset, identity, sheetName, Sha256.hex(bytes));
    }

    /** The header row and the rows under it; refuses a sheet too large, empty, unreadable or with only a header. */
    static List<CSVRecord> records(String name, String text, String delimiter) throws DatasetException {
        char separator = delimiter != null && delimiter.length() == 1 ? delimiter.charAt(0) : SheetText.guessDelimiter(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(true).get();
        List<CSVRecord> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            try {
                parser.forEach(records::add);
            } catch (UncheckedIOException e) {
                throw problem(name, (int) parser.getCurrentLineNumber(), "the sheet is not valid CSV: " + e.getCause().getMessage(),
                        "check the quotes on this line: a quoted cell ends with a quote before the next delimiter");
            }
        } catch (IOException e) {
            throw problem(name, 1, "the sheet could not be read: " + e.getMessage(), "check the file");
        }
        if (records.isEmpty()) {
            throw problem(name, 1, "the sheet is empty", "a sheet starts with a header row naming its columns");
        }
        if (records.size() == 1) {
            throw problem(name, 1, "the sheet has a header row but no rows under it", "add one row per exchange");
        }
        return records;
    }

    static byte[] bytes(Path sheet) throws DatasetException {
        String name = sheet.toString();
        try {
            long size = Files.size(sheet);
            if (size > MAX_BYTES) {
                throw problem(name, 1, "the sheet is " + size + " bytes; the limit is " + MAX_BYTES + " bytes",
                        "split it into several sheets, each imported as its own dataset");
            }
            return Files.readAllBytes(sheet);
        } catch (IOException e) {
            throw problem(name, 1, "the sheet could not be read: " + e.getMessage(), "check that the path is right and readable");
        }
    }

    static DatasetException problem(String file, int row, String message, String hint) {
        return new DatasetException(new DatasetProblem(file, Math.max(1, row), 1, "", message, hint));
    }
}
