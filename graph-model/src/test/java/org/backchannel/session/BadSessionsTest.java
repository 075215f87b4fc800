package org.backchannel.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.backchannel.json.JsonProblem;
import org.backchannel.store.TestDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Every file under {@code bad-sessions/} is refused with a message that names file, line, column and
 * field, and leaves the file and its folder as they were. Each row of {@code expected.csv} is one
 * class of bad input; the files are {@code sessions/minimal.backchannel} with one thing broken.
 */
class BadSessionsTest {

    private final SessionReader reader = new SessionReader();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/bad-sessions/expected.csv", delimiter = '|')
    void isRefusedWithWhereAndWhatAndNothingChanges(String file, int line, int column, String pointer, String fragment)
            throws IOException {
        Path path = dir.resolve(file);
        Files.copy(TestDatasets.resource("bad-sessions/" + file), path);
        byte[] before = Files.readAllBytes(path);

        SessionException refused = catchThrowableOfType(SessionException.class, () -> reader.read(path));

        assertThat(refused).as(file + " must be refused").isNotNull();
        JsonProblem first = refused.problems().get(0);
        assertThat(first.file()).endsWith(file);
        assertThat(first.line()).isEqualTo(line);
        assertThat(first.column()).isEqualTo(column);
        assertThat(first.pointer()).isEqualTo(pointer == null ? "" : pointer);
        assertThat(first.message()).contains(fragment);
        assertThat(first.hint()).isNotBlank();
        assertThat(refused.getMessage()).contains(file + ":" + line + ":" + column + ": at ");
        assertThat(Files.readAllBytes(path)).as("the refused file is left as it was").isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("nothing is written beside it").containsExactly(path);
        }
    }

    @Test
    void theCorpusCoversAtLeastFifteenKindsOfBadInputAndEveryFileHasAnExpectation() throws IOException {
        String expected = Files.readString(TestDatasets.resource("bad-sessions/expected.csv"));
        try (Stream<Path> files = Files.list(TestDatasets.resource("bad-sessions"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".backchannel")).toList();
            assertThat(names).hasSizeGreaterThanOrEqualTo(15)
                    .allSatisfy(name -> assertThat(expected).contains(name + "|"));
        }
    }

    @Test
    void theMinimalFileTheBadOnesAreMadeFromIsAccepted() throws SessionException {
        Session ok = reader.read(TestDatasets.resource("sessions/minimal.backchannel"));
        assertThat(ok.scene().nodeIds()).containsExactly("alice", "boris", "secret-line");
        assertThat(ok.positions()).containsEntry("boris", new Session.Position(120.25, 40));
        assertThat(ok.notes()).hasSize(2);
    }

    @Test
    void allProblemsOfAFileAreListedNotOnlyTheFirst() throws IOException {
        String minimal = Files.readString(TestDatasets.resource("sessions/minimal.backchannel"));
        byte[] broken = minimal.replace("\"layout\": \"force\"", "\"layout\": \"circle\"")
                .replace("\"hidden\": [\"secret-line\"]", "\"hidden\": [\"carol\"]").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        SessionException refused = catchThrowableOfType(SessionException.class, () -> reader.read("two-problems.backchannel", broken));
        assertThat(refused.problems()).extracting(JsonProblem::pointer).containsExactly("/hidden/0", "/layout");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeParsing() {
        byte[] huge = new byte[(int) SessionReader.MAX_BYTES + 1];
        SessionException refused = catchThrowableOfType(SessionException.class, () -> reader.read("huge.backchannel", huge));
        assertThat(refused).hasMessageContaining("huge.backchannel:1:1").hasMessageContaining("the limit is");
    }
}
