package org.backchannel.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A column of repeated values reads back every row, whichever width its codes take. */
class ValueColumnTest {

    @Test
    void everyRowComesBackWithNullsAndEqualValuesAsOne() {
        String[] rows = {"chair", null, new String("chair"), "envoy", null};

        ValueColumn<String> column = ValueColumn.of(rows);

        assertThat(readBack(column)).containsExactly(rows);
        assertThat(column.get(2)).isSameAs(column.get(0));
    }

    @Test
    void rowsReadBackAcrossTheWidthsOfTheirCodes() {
        // Distinct values just within a byte's codes, within a char's, and beyond them.
        for (int distinct : new int[] {256, 257, 65_536, 65_537}) {
            Integer[] rows = new Integer[distinct + 10];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = (i * 7) % distinct;
            }

            ValueColumn<Integer> column = ValueColumn.of(rows);

            assertThat(readBack(column)).as("%d distinct", distinct).containsExactly(rows);
        }
    }

    private static <T> List<T> readBack(ValueColumn<T> column) {
        List<T> rows = new ArrayList<>();
        for (int i = 0; i < column.size(); i++) {
            rows.add(column.get(i));
        }
        return rows;
    }
}
