package org.backchannel.json;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded random edits of files, for the fuzz tests of the strict readers. */
public final class ByteMutations {

    private ByteMutations() {
    }

    /**
     * One to four random edits of {@code seed}: a byte changed, a token inserted, the end cut off, a run
     * removed or repeated, or a piece of another file spliced in.
     */
    public static byte[] mutate(byte[] seed, List<byte[]> others, List<String> tokens, SplittableRandom random) {
        byte[] bytes = seed.clone();
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && bytes.length > 0; i++) {
            int at = random.nextInt(bytes.length);
            bytes = switch (random.nextInt(6)) {
                case 0 -> flip(bytes, at, random);
                case 1 -> insert(bytes, at, tokens.get(random.nextInt(tokens.size())).getBytes(StandardCharsets.UTF_8));
                case 2 -> Arrays.copyOf(bytes, at);
                case 3 -> remove(bytes, at, 1 + random.nextInt(Math.min(64, bytes.length - at)));
                case 4 -> insert(bytes, at, Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + 1 + random.nextInt(64))));
                default -> splice(bytes, at, others.get(random.nextInt(others.size())), random);
            };
        }
        return bytes;
    }

    private static byte[] flip(byte[] bytes, int at, SplittableRandom random) {
        byte[] copy = bytes.clone();
        copy[at] = (byte) random.nextInt(256);
        return copy;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] piece) {
        byte[] copy = new byte[bytes.length + piece.length];
        System.arraycopy(bytes, 0, copy, 0, at);
        System.arraycopy(piece, 0, copy, at, piece.length);
        System.arraycopy(bytes, at, copy, at + piece.length, bytes.length - at);
        return copy;
    }

    private static byte[] remove(byte[] bytes, int at, int length) {
        byte[] copy = new byte[bytes.length - length];
        System.arraycopy(bytes, 0, copy, 0, at);
        System.arraycopy(bytes, at + length, copy, at, bytes.length - at - length);
        return copy;
    }

    private static byte[] splice(byte[] bytes, int at, byte[] other, SplittableRandom random) {
        if (other.length == 0) {
            return bytes;
        }
        int from = random.nextInt(other.length);
        return insert(bytes, at, Arrays.copyOfRange(other, from, Math.min(other.length, from + 1 + random.nextInt(128))));
    }
}
