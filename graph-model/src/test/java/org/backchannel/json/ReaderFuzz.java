package org.backchannel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The fuzz loop the strict readers share: mutate seed files at random (seeded, so a failure repeats)
 * and read each result; the reader may accept it or refuse it with its own exception, and nothing
 * else may escape. Most mutations must be refused, or the mutations are not reaching the reader.
 */
public final class ReaderFuzz {

    /** Reads one mutated input; throws the reader's own exception to refuse it. */
    @FunctionalInterface
    public interface Reading {
        void read(String name, byte[] input) throws Exception;
    }

    private ReaderFuzz() {
    }

    /**
     * @param own          the one exception the reader may refuse with
     * @param checkRefusal what a refusal must say (its problems' places and messages)
     */
    public static <E extends Exception> void run(List<byte[]> seeds, List<String> tokens, long seed, int runs, String extension,
                                                 Class<E> own, Reading reading, Consumer<E> checkRefusal) {
        SplittableRandom random = new SplittableRandom(seed);
        int accepted = 0;
        int refused = 0;
        for (int run = 0; run < runs; run++) {
            byte[] input = ByteMutations.mutate(seeds.get(random.nextInt(seeds.size())), seeds, tokens, random);
            try {
                reading.read("fuzz-" + run + extension, input);
                accepted++;
            } catch (StackOverflowError e) {
                fail("run " + run + " (seed " + seed + ") escaped with " + e + " on input " + HexFormat.of().formatHex(input), e);
            } catch (Exception e) {
                if (!own.isInstance(e)) {
                    fail("run " + run + " (seed " + seed + ") escaped with " + e + " on input " + HexFormat.of().formatHex(input), e);
                }
                refused++;
                checkRefusal.accept(own.cast(e));
            }
        }
        assertThat(accepted + refused).isEqualTo(runs);
        assertThat(refused).as("most mutations break the file").isGreaterThan(runs / 2);
    }
}
