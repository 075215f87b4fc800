package org.backchannel.dataset;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * A spreadsheet read once into memory: its header row and the rows under it, parsed with the
 * delimiter guessed from the header (or given). A window checks a mapping against it again and
 * again while the user corrects the mapping, so the file is read and parsed only once.
 */
public final class Sheet {

    private final Path file;
    private final String name;
    private final String text;
    private final String digest;
    private final char delimiter;
    private final List<CSVRecord> records;

    private Sheet(Path file, String text, String digest, char delimiter) throws DatasetException {
        this.file = file;
        this.name = file.toString();
        this.text = text;
        this.digest = digest;
        this.delimiter = delimiter;
        this.records = SheetReader.records(name, text, String.valueOf(delimiter));
    }

    /**
     * Reads and parses a CSV or TSV file; refuses one too large, empty, undecodable, not valid CSV
     * or with a header row only, naming the file and the line.
     */
    public static Sheet read(Path file) throws DatasetException {
        byte[] bytes = SheetReader.bytes(file);
        String text = SheetText.decode(file.toString(), bytes);
        return new Sheet(file, text, Sha256.hex(bytes), SheetText.guessDelimiter(text));
    }

    /** The same text parsed with another delimiter (a mapping may fix it); this sheet when it is the same. */
    public Sheet withDelimiter(char wanted) throws DatasetException {
        return wanted == delimiter ? this : new Sheet(file, text, digest, wanted);
    }

    public Path file() {
        return file;
    }

    /** How the sheet is named in problems: its path as given. */
    public String name() {
        return name;
    }

    /** The SHA-256 of the file's bytes, as a dataset's origin records it. */
    public String digest() {
        return digest;
    }

    public char delimiter() {
        return delimiter;
    }

    /** The header row's cells, as written. */
    public List<String> header() {
        return records.get(0).toList();
    }

    /** How many rows there are under the header row (empty lines not counted). */
    public int rowCount() {
        return records.size() - 1;
    }

    /** The cells of the first {@code n} rows under the header, each row as written (ragged rows stay ragged). */
    public List<List<String>> firstRows(int n) {
        return records.subList(1, Math.min(records.size(), n + 1)).stream().map(CSVRecord::toList).toList();
    }

    /** The 1-based row number of the {@code i}-th row under the header, as problems count them (the header is row 1). */
    public int rowNumber(int i) {
        return (int) records.get(i + 1).getRecordNumber();
    }

    List<CSVRecord> records() {
        return records;
    }
}
