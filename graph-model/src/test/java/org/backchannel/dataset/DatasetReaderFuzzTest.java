package org.backchannel.dataset;

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
 * Mutates valid and invalid dataset files at random (seeded, so a failure repeats) and checks the
 * reader's promise: it returns a dataset or throws its own {@link DatasetException} with a
 * location, and nothing else ever escapes. The bounded run is part of {@code ./mvnw verify}; a long
 * run: {@code ./mvnw -pl graph-model test -Dtest=DatasetReaderFuzzTest -Dbackchannel.fuzz.runs=1000000}
 * (and {@code -Dbackchannel.fuzz.seed=N} for another sequence).
 */
class DatasetReaderFuzzTest {

    private static final int RUNS = Integer.getInteger("backchannel.fuzz.runs", 3_000);
    private static final long SEED = Long.getLong("backchannel.fuzz.seed", 20_220_120L);
    private static final List<String> TOKENS = List.of("{", "}", "[", "]", ",", ":", "\"", "null", "true", "1754", "-0.0e-9",
            "\"\\ud800\"", "\"\\u0000\"", "\"\\u202e\"", "\"kind\"", "\"id\"", "\"links\"", "\"citations\"", "\"2022-02-30\"",
            "\"0000\"", "\"spoke-with\"", "\"channel\"", "\u00e9", "\ufeff");

    private final DatasetReader reader = new DatasetReader();

    @Test
    void nothingButDatasetExceptionEverEscapesTheReader() throws IOException {
        SourceTexts texts = SourceTexts.nextTo(TestDatasets.resource("bad-datasets").resolve("any.json"));
        ReaderFuzz.run(seeds(), TOKENS, SEED, RUNS, ".json", DatasetException.class,
                (name, input) -> reader.read(name, input, texts),
                refusal -> assertThat(refusal.problems()).allSatisfy(p -> {
                    assertThat(p.line()).isPositive();
                    assertThat(p.column()).isPositive();
                    assertThat(p.message()).isNotBlank();
                }));
    }

    private static List<byte[]> seeds() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        seeds.add(Files.readAllBytes(TestDatasets.resource("datasets/minimal.json")));
        try (Stream<Path> files = Files.list(TestDatasets.resource("bad-datasets"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                seeds.add(Files.readAllBytes(file));
            }
        }
        return seeds;
    }
}
