package org.backchannel.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.backchannel.model.Dataset;
import org.backchannel.store.TestDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Every file under {@code bad-datasets/} is refused with a message that names file, line, column
 * and field. Each row of {@code expected.csv} is one class of bad input.
 */
class BadDatasetsTest {

    private final DatasetReader reader = new DatasetReader();

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/bad-datasets/expected.csv", delimiter = '|')
    void isRefusedWithWhereAndWhat(String file, int line, int column, String pointer, String fragment) {
        Path path = TestDatasets.resource("bad-datasets/" + file);
        DatasetException refused = catchThrowableOfType(DatasetException.class, () -> reader.read(path));

        assertThat(refused).as(file + " must be refused").isNotNull();
        DatasetProblem first = refused.problems().get(0);
        assertThat(first.file()).endsWith(file);
        assertThat(first.line()).isEqualTo(line);
        assertThat(first.column()).isEqualTo(column);
        assertThat(first.pointer()).isEqualTo(pointer == null ? "" : pointer);
        assertThat(first.message()).contains(fragment);
        assertThat(first.hint()).isNotBlank();
        assertThat(refused.getMessage()).contains(file + ":" + line + ":" + column);
    }

    @Test
    void everyBadFileHasAnExpectation() throws IOException {
        String expected = Files.readString(TestDatasets.resource("bad-datasets/expected.csv"));
        try (Stream<Path> files = Files.list(TestDatasets.resource("bad-datasets"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")))
                    .allSatisfy(name -> assertThat(expected).contains(name + "|"));
        }
    }

    @Test
    void theMinimalFileTheBadOnesAreMadeFromIsAccepted() throws DatasetException {
        Dataset ok = reader.read(TestDatasets.resource("datasets/minimal.json"));
        assertThat(ok.nodes()).hasSize(3);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeParsing(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.json");
        byte[] filler = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        try (var out = Files.newOutputStream(huge)) {
            for (long written = 0; written <= DatasetReader.MAX_BYTES; written += filler.length) {
                out.write(filler);
            }
        }
        assertThatThrownBy(() -> reader.read(huge))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("huge.json:1:1")
                .hasMessageContaining("the limit is " + DatasetReader.MAX_BYTES + " bytes");
    }

    @Test
    void allProblemsOfAFileAreListedNotOnlyTheFirst(@TempDir Path dir) throws IOException {
        String minimal = Files.readString(TestDatasets.resource("datasets/minimal.json"));
        Path file = dir.resolve("two-problems.json");
        Files.copy(TestDatasets.resource("bad-datasets/source.txt"), dir.resolve("source.txt"));
        Files.writeString(file, minimal.replace("\"secrecy\": \"secret\"", "\"secrecy\": \"hush\"")
                .replace("\"date\": \"1970\"", "\"date\": \"1970-02-30\""));
        DatasetException refused = catchThrowableOfType(DatasetException.class, () -> reader.read(file));
        assertThat(refused.problems()).extracting(DatasetProblem::pointer).containsExactly("/nodes/2/secrecy", "/links/0/date");
    }

    @Test
    void nonLatinNamesAreAcceptedUnchanged(@TempDir Path dir) throws IOException, DatasetException {
        String minimal = Files.readString(TestDatasets.resource("datasets/minimal.json"));
        Files.copy(TestDatasets.resource("bad-datasets/source.txt"), dir.resolve("source.txt"));
        Path file = dir.resolve("names.json");
        Files.writeString(file, minimal.replace("\"name\": \"Alice\"", "\"name\": \"Анатолий Добрынин\"")
                .replace("\"name\": \"Boris\"", "\"name\": \"हैपीमोन जैकब\"")
                .replace("\"name\": \"Secret line\"", "\"name\": \"اردو \u200fچینل\""));
        Dataset read = reader.read(file);
        assertThat(read.nodes()).extracting(n -> n.name()).containsExactly("Анатолий Добрынин", "हैपीमोन जैकब", "اردو \u200fچینل");
    }

    @Test
    void aPathThroughDotDotFindsTheSourceTextNextToTheDataset(@TempDir Path dir) throws IOException, DatasetException {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.createDirectories(dir.resolve("elsewhere"));
        Files.copy(TestDatasets.resource("datasets/minimal.json"), notes.resolve("dataset.json"));
        Files.copy(TestDatasets.resource("bad-datasets/source.txt"), notes.resolve("source.txt"));

        Dataset read = reader.read(dir.resolve("elsewhere/../notes/dataset.json"));

        assertThat(read.nodes()).isNotEmpty();
    }
}
