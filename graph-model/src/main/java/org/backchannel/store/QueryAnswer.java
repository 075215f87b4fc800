package org.backchannel.store;

import java.time.Duration;
import java.util.List;

/**
 * What a read-only console query returned, as text for a table: at most the row limit the caller
 * gave; {@code truncated} says there were more.
 */
public record QueryAnswer(List<String> columns, List<List<String>> rows, boolean truncated, Duration took) {

    public QueryAnswer {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
