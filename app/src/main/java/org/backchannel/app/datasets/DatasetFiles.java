package org.backchannel.app.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Whether a file given to the window (chosen or dropped) is a JSON dataset or a spreadsheet to map. */
public final class DatasetFiles {

    private DatasetFiles() {
    }

    /**
     * A sheet by its extension ({@code .csv}, {@code .tsv}, {@code .tab}, {@code .txt}); a JSON dataset
     * by {@code .json}; otherwise by its first visible character, a JSON dataset starting with "{".
     */
    public static boolean isSheet(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".tab") || name.endsWith(".txt")) {
            return true;
        }
        if (name.endsWith(".json")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            for (int b = in.read(); b >= 0; b = in.read()) {
                // Skip white space and the bytes of a byte-order mark or of UTF-16's zeros.
                if (b > ' ' && b < 0x80) {
                    return b != '{';
                }
            }
            return true;
        } catch (IOException e) {
            // Unreadable either way: the sheet reader says so with the file's name.
            return true;
        }
    }
}
