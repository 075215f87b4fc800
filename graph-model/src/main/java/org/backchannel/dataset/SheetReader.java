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


    /** Reads a sheet through the mapping file beside it; the source texts the mapping names are next to the mapping. */
    public Dataset read(Path sheet, Path mappingFile) throws DatasetException {
        MappingReader.Read read = MappingReader.read(mappingFile);
        Sheet parsed = Sheet.read(sheet);
        return read(parsed, read, SourceTexts.nextTo(mappingFile), folderOf(mappingFile), RowProgress.NONE);
    }

    /**
     * Reads a sheet already in memory through a mapping given as bytes (a mapping being edited in a
     * window), reporting the rows done as it goes.
     *
     * @param mappingName how to name the mapping in problems
     * @param texts       where the mapping's {@code sources[].text} paths lead
     * @param folder      where a node sheet's link sheet ({@code links.file}) is found: the mapping's folder
     */
    public Dataset read(Sheet sheet, String mappingName, byte[] mapping, SourceTexts texts, Path folder, RowProgress progress)
            throws DatasetException {
        return read(sheet, MappingReader.read(mappingName, mapping), texts, folder, progress);
    }

    private static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent != null ? parent : Path.of("");
    }

    private Dataset read(Sheet sheet, MappingReader.Read read, SourceTexts texts, Path folder, RowProgress progress)
            throws DatasetException {
        if (SheetMapping.NODES.equals(read.mapping().sheet())) {
            return readGraph(sheet, read, texts, folder, progress);
        }
        SheetMapping mapping = read.mapping();
        String mappingFile = read.name();
        JsonLocations mappingPlaces = read.places();
        if (mapping.delimiter() != null && mapping.delimiter().charAt(0) != sheet.delimiter()) {
            sheet = sheet.withDelimiter(mapping.delimiter().charAt(0));
        }
        String sheetName = sheet.name();
        List<CSVRecord> records = sheet.records();
        List<String> header = records.get(0).toList();
        ProblemLog mappingLog = new ProblemLog(mappingFile, mappingPlaces);
        Map<String, Integer> columnOf = MappingReader.columns(mapping, header, mappingLog);
        mappingLog.throwIfAny(DatasetException::of);

        CellPlaces places = new CellPlaces(header, columnOf, mappingFile, mappingPlaces);
        ProblemLog log = new ProblemLog(sheetName, places);
        List<CSVRecord> rows = records.subList(1, records.size());
        for (CSVRecord row : rows) {
            if (row.size() != header.size()) {
                log.add("/sheet/" + row.getRecordNumber(), "the row has " + row.size() + " cells; the header row has " + header.size(),
                        "give every row one cell per column (quote a cell that holds the delimiter)");
            }
        }
        log.throwIfAny(DatasetException::of);
        DatasetJson dataset = new ExchangeSheet(mapping, columnOf, places, log, sheetName).build(rows, progress);
        DatasetIdentity identity = DatasetIdentity.check(dataset, sheetName, log, new FieldChecks(log));
        return new DatasetValidator(log, texts).validate(dataset, identity, sheetName, sheet.digest());
    }

    /** A node sheet and the link sheet its mapping names beside it. */
    private Dataset readGraph(Sheet nodeSheet, MappingReader.Read read, SourceTexts texts, Path folder, RowProgress progress)
            throws DatasetException {
        SheetMapping mapping = read.mapping();
        Sheet nodes = withDelimiterOf(nodeSheet, mapping.delimiter());
        Sheet links = withDelimiterOf(Sheet.read(folder.resolve(mapping.links().file())), mapping.links().delimiter());
        ProblemLog mappingLog = new ProblemLog(read.name(), read.places());
        Map<String, Integer> nodeColumns = MappingReader.columns(mapping, nodes.header(), mappingLog);
        Map<String, Integer> linkColumns = MappingReader.linkColumns(mapping, links.header(), mappingLog);
        mappingLog.throwIfAny(DatasetException::of);
        GraphSheetPlaces.SheetPart nodePart = new GraphSheetPlaces.SheetPart(nodes.name(), nodes.header(), nodeColumns);
        GraphSheetPlaces.SheetPart linkPart = new GraphSheetPlaces.SheetPart(links.name(), links.header(), linkColumns);
        ProblemLog log = new ProblemLog(nodes.name(), new GraphSheetPlaces(nodePart, linkPart, read.name(), read.places()));
        raggedRows(nodes, "/nodesheet/", log);
        raggedRows(links, "/linksheet/", log);
        log.throwIfAny(DatasetException::of);
        List<CSVRecord> nodeRows = nodes.records().subList(1, nodes.records().size());
        List<CSVRecord> linkRows = links.records().subList(1, links.records().size());
        DatasetJson dataset = new GraphSheets(mapping, nodePart, linkPart).build(nodeRows, linkRows, progress);
        DatasetIdentity identity = DatasetIdentity.check(dataset, nodes.name(), log, new FieldChecks(log));
        // Both sheets make the dataset: its digest covers both, so that a changed link sheet is a changed dataset.
        return new DatasetValidator(log, texts).validate(dataset, identity, nodes.name(), Sha256.hex(
                (nodes.digest() + links.digest()).getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }

    private static Sheet withDelimiterOf(Sheet sheet, String delimiter) throws DatasetException {
        return delimiter != null ? sheet.withDelimiter(delimiter.charAt(0)) : sheet;
    }

    private static void raggedRows(Sheet sheet, String pointer, ProblemLog log) {
        int cells = sheet.header().size();
        for (CSVRecord row : sheet.records().subList(1, sheet.records().size())) {
            if (row.size() != cells) {
                log.add(pointer + row.getRecordNumber(), "the row has " + row.size() + " cells; the header row has " + cells,
                        "give every row one cell per column (quote a cell that holds the delimiter)");
            }
        }
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
