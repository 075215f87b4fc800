package org.backchannel.bench.report;

import java.util.ArrayList;
import java.util.List;

/** One table of the results: a title, what the numbers mean, a header and rows of text cells. */
public record Table(String title, String note, List<String> header, List<List<String>> rows) {

    public Table(String title, String note, List<String> header) {
        this(title, note, List.copyOf(header), new ArrayList<>());
    }

    public void add(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(String.valueOf(cell));
        }
        rows.add(row);
    }
}
