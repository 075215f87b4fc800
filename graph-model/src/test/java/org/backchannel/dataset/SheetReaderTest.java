package org.backchannel.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backchannel.model.Citation;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.store.TestDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exchange sheets through a mapping: the shapes that are read, and every bad sheet refused with its row and column. */
class SheetReaderTest {

    private final SheetReader reader = new SheetReader();
    private final Path mapping = TestDatasets.resource("sheets/exchanges.mapping.json");

    @Test
    void aSheetGivesOneExchangePerRowWithItsQuote() throws DatasetException {
        Dataset dataset = reader.read(TestDatasets.resource("sheets/exchanges.csv"), mapping);

        assertThat(dataset.id()).isEqualTo("sheet-exchanges");
        List<GraphLink> exchanges = dataset.links().stream().filter(l -> l.type().code().equals("spoke-with")).toList();
        assertThat(exchanges).extracting(GraphLink::id).containsExactly("exchange-2", "exchange-3", "exchange-4");
        assertThat(exchanges.get(2).citations()).extracting(Citation::quote).containsExactly("Carol answered\nBoris by letter in 1972.");
        assertThat(dataset.origin().placeOfLink("exchange-3")).endsWith("exchanges.csv:3:0");
    }

    @Test
    void theSameSheetWithSemicolonsOrInUtf16WithAMarkReadsTheSame(@TempDir Path dir) throws IOException, DatasetException {
        Dataset comma = reader.read(TestDatasets.resource("sheets/exchanges.csv"), mapping);
        Path utf16 = dir.resolve("utf16.csv");
        byte[] text = Files.readString(TestDatasets.resource("sheets/exchanges.csv")).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_16LE);
        byte[] marked = new byte[text.length + 2];
        marked[0] = (byte) 0xFF;
        marked[1] = (byte) 0xFE;
        System.arraycopy(text, 0, marked, 2, text.length);
        Files.write(utf16, marked);
        Path bom = dir.resolve("bom.csv");
        byte[] utf8 = Files.readAllBytes(TestDatasets.resource("sheets/semicolons.csv"));
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        Files.write(bom, withBom);
        Path copiedMapping = dir.resolve("exchanges.mapping.json");
        Files.copy(mapping, copiedMapping);
        Files.copy(TestDatasets.resource("sheets/source.txt"), dir.resolve("source.txt"));

        for (Path sheet : List.of(TestDatasets.resource("sheets/semicolons.csv"), bom)) {
            Dataset read = reader.read(sheet, copiedMapping);
            assertThat(read.nodes()).as(sheet.toString()).isEqualTo(comma.nodes());
            assertThat(read.links()).as(sheet.toString()).isEqualTo(comma.links());
        }
        // CRLF inside the quoted cell is kept, so its quote is no longer the source's words.
        assertThat(catchThrowableOfType(DatasetException.class, () -> reader.read(utf16, copiedMapping)).problems())
                .singleElement().satisfies(p -> assertThat(p.message()).contains("does not occur"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ragged.csv|3|9|the row has 10 cells",
            "empty.csv|1|1|the sheet is empty",
            "header-only.csv|1|1|a header row but no rows",
            "no-quote.csv|2|8|the row has no quote",
            "unknown-channel-type.csv|2|5|unknown channelType \"carrier-pigeon\"",
            "bad-date.csv|2|3|is not a date",
            "exchange-with-itself.csv|2|2|an exchange needs two different parties",
            "name-without-letters.csv|2|1|has no letter or digit",
            "quote-not-in-source.csv|2|8|does not occur in the text",
            "unknown-source.csv|2|9|no source has the id \"nowhere\"",
            "channel-type-differs.csv|4|5|\"official-talks\" here, but \"diplomatic-mission\" in row 3",
            "bad-quoting.csv|2|1|not valid CSV",
            "not-utf8.csv|1|1|neither UTF-8 nor UTF-16",
            "control-character.csv|2|1|control character"})
    void aBadSheetIsRefusedWithRowAndColumn(String file, int row, int column, String fragment) {
        DatasetException refused = catchThrowableOfType(DatasetException.class,
                () -> reader.read(TestDatasets.resource("sheets/bad/" + file), mapping));

        assertThat(refused).as(file + " must be refused").isNotNull();
        DatasetProblem first = refused.problems().get(0);
        assertThat(first.file()).endsWith(file);
        assertThat(List.of(first.line(), first.column())).as(first.toString()).containsExactly(row, column);
        assertThat(first.message()).contains(fragment);
        assertThat(first.hint()).isNotBlank();
    }

    @Test
    void aMappingNamingAColumnTheSheetLacksIsRefusedAtTheMapping() {
        DatasetException refused = catchThrowableOfType(DatasetException.class, () -> reader.read(
                TestDatasets.resource("sheets/bad/good-for-mappings.csv"), TestDatasets.resource("sheets/bad/missing-column.mapping.json")));

        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("missing-column.mapping.json");
            assertThat(p.pointer()).isEqualTo("/columns/channel");
            assertThat(p.message()).contains("column \"Via\" is not in the sheet");
            assertThat(p.hint()).contains("From, To, Date, Channel");
        });
    }

    @Test
    void aMappingWithAnUnknownFieldIsRefused() {
        DatasetException refused = catchThrowableOfType(DatasetException.class, () -> reader.read(
                TestDatasets.resource("sheets/bad/good-for-mappings.csv"), TestDatasets.resource("sheets/bad/unknown-column-key.mapping.json")));

        assertThat(refused.problems().get(0).message()).contains("unknown field \"colour\"");
    }

    @Test
    void aSheetOverTheLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.csv");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(2L * 1024 * 1024 * 1024);
        }
        DatasetException refused = catchThrowableOfType(DatasetException.class, () -> reader.read(huge, mapping));

        assertThat(refused.getMessage()).contains("huge.csv:1:1", "the limit is " + SheetReader.MAX_BYTES + " bytes");
    }

    @Test
    void aFormulaIsKeptAsPlainText(@TempDir Path dir) throws IOException, DatasetException {
        Files.copy(mapping, dir.resolve("m.json"));
        Files.copy(TestDatasets.resource("sheets/source.txt"), dir.resolve("source.txt"));
        Path sheet = dir.resolve("formula.csv");
        Files.writeString(sheet, Files.readString(TestDatasets.resource("sheets/exchanges.csv"))
                .replace("Alice,Boris", "\"=cmd|' /C calc'!A0\",Boris"));

        Dataset read = reader.read(sheet, dir.resolve("m.json"));

        assertThat(read.nodes()).extracting(GraphNode::name).contains("=cmd|' /C calc'!A0");
    }

    @Test
    void aProposedMappingNamesTheColumnsAndReadsTheSheet(@TempDir Path dir) throws IOException, DatasetException {
        MappingProposal.Proposal proposal = MappingProposal.propose(TestDatasets.resource("sheets/exchanges.csv"));

        assertThat(proposal.json()).contains("\"from\" : \"From\"", "\"to\" : \"To\"", "\"quote\" : \"Quote\"",
                "\"source\" : \"Document\"", "\"channelType\" : \"Channel type\"");
        assertThat(proposal.unmapped()).isEmpty();
        Path proposed = dir.resolve("proposed.json");
        Files.writeString(proposed, proposal.json().replace("source-1", "notes").replace("\"kind\" : \"article\"",
                "\"kind\" : \"article\", \"text\" : \"source.txt\""));
        Files.copy(TestDatasets.resource("sheets/source.txt"), dir.resolve("source.txt"));
        assertThat(reader.read(TestDatasets.resource("sheets/exchanges.csv"), proposed).links()).hasSize(4);
    }

    @Test
    void aProposalForASheetWithoutQuotesNamesNoSourceAndIsRefusedUntilTheEvidenceIsChosen(@TempDir Path dir) throws Exception {
        Path sheet = dir.resolve("contacts.csv");
        Files.writeString(sheet, "From,To,Channel,Date\nAnn Archer,Boris Brandt,The garden path,1970\n");
        MappingProposal.Proposal proposal = MappingProposal.propose(sheet);
        assertThat(proposal.evidenceToChoose()).isTrue();
        assertThat(proposal.json()).doesNotContain("rowsAreEvidence", "\"source\" :");
        Path proposed = Files.writeString(dir.resolve("proposed.json"), proposal.json());

        DatasetException refused = catchThrowableOfType(DatasetException.class, () -> reader.read(sheet, proposed));
        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(proposed.toString());
            assertThat(p.message()).isEqualTo("no column is mapped to quote");
            assertThat(p.hint()).contains("choose the evidence", "rowsAreEvidence");
        });

        Files.writeString(proposed, proposal.json().replaceFirst("\\{", "{\"rowsAreEvidence\": true,"));
        Dataset chosen = reader.read(sheet, proposed);
        assertThat(chosen.sources()).singleElement().satisfies(s -> assertThat(s.title()).isEqualTo("Spreadsheet " + sheet));
        assertThat(chosen.links()).allSatisfy(l -> assertThat(l.citations()).extracting(Citation::quote).containsExactly("row 2 of " + sheet));
    }

    @Test
    void quotesWithoutANamedSourceAreOneProblemAtTheMappingNotOnePerRow(@TempDir Path dir) throws Exception {
        Path sheet = dir.resolve("quoted.csv");
        Files.writeString(sheet, "From,To,Channel,Quote\nAnn Archer,Boris Brandt,The garden path,Ann wrote\n"
                + "Boris Brandt,Ann Archer,The garden path,Boris answered\n");
        Path mapping = Files.writeString(dir.resolve("quoted.mapping.json"), """
                {"format": "backchannel-mapping/1", "sheet": "exchanges", "dataset": {"id": "quoted", "title": "Quoted"},
                 "sources": [], "columns": {"from": "From", "to": "To", "channel": "Channel", "quote": "Quote"},
                 "defaults": {"channelType": "back-channel", "secrecy": "secret"}}
                """);

        DatasetException refused = catchThrowableOfType(DatasetException.class, () -> reader.read(sheet, mapping));

        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(mapping.toString());
            assertThat(p.message()).isEqualTo("the quotes' source is not named");
        });
    }

    @Test
    void aNodeSheetWithItsLinkSheetGivesTheSameNodesAndLinksAsTheEquivalentJson() throws DatasetException {
        Dataset json = TestDatasets.read(TestDatasets.resource("sheets/graph/graph.json"));

        Dataset sheets = reader.read(TestDatasets.resource("sheets/graph/nodes.csv"), TestDatasets.resource("sheets/graph/graph.mapping.json"));

        assertThat(sheets.id()).isEqualTo("sheet-graph");
        assertThat(sheets.nodes()).isEqualTo(json.nodes());
        assertThat(sheets.links()).isEqualTo(json.links());
        assertThat(sheets.origin().placeOfLink("e2")).endsWith("links.csv:3:0");
        assertThat(sheets.origin().placeOfNode("boris")).endsWith("nodes.csv:3:0");
    }

    @Test
    void aBadLinkSheetIsRefusedNamingItsOwnRowsAndColumns() {
        Path nodes = TestDatasets.resource("sheets/graph/nodes.csv");
        DatasetException refused = catchThrowableOfType(DatasetException.class,
                () -> reader.read(nodes, TestDatasets.resource("sheets/graph/bad.mapping.json")));

        String links = nodes.resolveSibling("bad-links.csv").toString();
        assertThat(refused.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(links);
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.pointer()).contains("column \"Target\"");
            assertThat(p.message()).contains("nobody");
        });
        assertThat(refused.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(links);
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.pointer()).contains("column \"Kind\"");
        });
    }
}
