package org.backchannel.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The CSV tables read back with Commons CSV: Gephi's column names first, one row per element, nothing a spreadsheet would run. */
class CsvTablesTest {

    private final GraphFileScene scene = InterchangeScenes.small();

    @Test
    void theNodeTableHasGephisColumnsThenOursAndARowPerNode() throws Exception {
        StringBuilder out = new StringBuilder();
        CsvTables.writeNodes(scene, out);
        List<CSVRecord> rows = read(out);
        assertThat(rows).hasSize(scene.nodes().size());
        assertThat(rows.get(0).getParser().getHeaderNames()).startsWith("Id", "Label", "kind");
        assertThat(rows).anySatisfy(r -> assertThat(r.get("Label")).isEqualTo("Envoy Łukasz & Co"));
        assertThat(rows).anySatisfy(r -> assertThat(r.get("aliases")).isEqualTo("the line"));
    }

    @Test
    void theLinkTableKeepsAQuoteWithALineBreakWholeAndDisarmsAFormula() throws Exception {
        StringBuilder out = new StringBuilder();
        CsvTables.writeLinks(scene, out);
        List<CSVRecord> rows = read(out);
        assertThat(rows).hasSize(scene.links().size());
        assertThat(rows.get(0).getParser().getHeaderNames()).startsWith("Source", "Target", "Type", "Id", "Label");
        CSVRecord exchange = rows.stream().filter(r -> r.get("Id").equals("spoke-1")).findFirst().orElseThrow();
        assertThat(exchange.get("quote")).isEqualTo(InterchangeScenes.QUOTE);
        assertThat(exchange.get("Source")).isEqualTo("envoy");
        CSVRecord studied = rows.stream().filter(r -> r.get("Id").equals("studied-1")).findFirst().orElseThrow();
        assertThat(studied.get("quote")).isEqualTo("'" + InterchangeScenes.FORMULA_QUOTE);
        assertThat(studied.get("channel_type")).isEmpty();
    }

    @Test
    void onlyCellsOpeningLikeAFormulaAreChanged() {
        assertThat(CsvTables.inert("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvTables.inert("+1")).isEqualTo("'+1");
        assertThat(CsvTables.inert("a = b")).isEqualTo("a = b");
        assertThat(CsvTables.inert("")).isEmpty();
    }

    private static List<CSVRecord> read(StringBuilder csv) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv.toString()))
                .getRecords();
    }
}
