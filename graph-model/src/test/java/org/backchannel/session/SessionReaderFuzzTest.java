package org.backchannel.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.backchannel.json.ReaderFuzz;
import org.backchannel.store.TestDatasets;
import org.junit.jupiter.api.Test;

/**
 * Mutates good and bad session files at random (seeded, so a failure repeats): the reader returns a
 * session or throws its own {@link SessionException} with a location, and nothing else ever escapes;
 * a record's own check failing would mean the validator let something through. Longer runs:
 * {@code -Dbackchannel.fuzz.runs=N -Dbackchannel.fuzz.seed=S}, as for the dataset reader.
 */
class SessionReaderFuzzTest {

    private static final int RUNS = Integer.getInteger("backchannel.fuzz.runs", 3_000);
    private static final long SEED = Long.getLong("backchannel.fuzz.seed", 20_261_206L);
    private static final List<String> TOKENS = List.of("{", "}", "[", "]", ",", ":", "\"", "null", "true", "1969", "-0.0e-9",
            "1e999", "-1e999", "NaN", "0", "\"\\ud800\"", "\"\\u0000\"", "\"\\u202e\"", "\"\"", "\" \"", "\"alice\"", "\"carol\"",
            "\"session\"", "\"node\"", "\"link\"", "\"id\"", "\"positions\"", "\"pinned\"", "\"zoom\"", "[0, 0]", "[1]",
            "\"2026-02-30T00:00:00Z\"", "\"2026-12-06T03:15:00Z\"", "\"timeline\"", "\u00e9", "\ufeff");

    private final SessionReader reader = new SessionReader();

    @Test
    void nothingButSessionExceptionEverEscapesTheReader() throws IOException {
        ReaderFuzz.run(seeds(), TOKENS, SEED, RUNS, ".backchannel", SessionException.class, reader::read,
                refusal -> assertThat(refusal.problems()).allSatisfy(p -> {
                    assertThat(p.line()).isPositive();
                    assertThat(p.column()).isPositive();
                    assertThat(p.message()).isNotBlank();
                }));
    }

    private static List<byte[]> seeds() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        seeds.add(Files.readAllBytes(TestDatasets.resource("sessions/minimal.backchannel")));
        seeds.add(new SessionWriter().toBytes(TestSessions.small()));
        try (Stream<Path> files = Files.list(TestDatasets.resource("bad-sessions"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".backchannel")).sorted().toList()) {
                seeds.add(Files.readAllBytes(file));
            }
        }
        return seeds;
    }
}
