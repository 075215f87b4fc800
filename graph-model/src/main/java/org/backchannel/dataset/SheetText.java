package org.backchannel.dataset;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * A spreadsheet's bytes as text: UTF-8 with or without a byte-order mark, or UTF-16 with a mark or
 * recognisably without one (every other byte zero). Malformed bytes are an error, never a replaced
 * character. Also guesses the delimiter from the header line.
 */
final class SheetText {

    private SheetText() {
    }

    static String decode(String name, byte[] bytes) throws DatasetException {
        try {
            return decode(bytes);
        } catch (CharacterCodingException e) {
            throw SheetReader.problem(name, 1, "the sheet is neither UTF-8 nor UTF-16",
                    "save it as UTF-8 (\"CSV UTF-8\" in spreadsheet programs)");
        }
    }

    /** @throws CharacterCodingException when the bytes are in none of these encodings */
    static String decode(byte[] bytes) throws CharacterCodingException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(StandardCharsets.UTF_8, Arrays.copyOfRange(bytes, 3, bytes.length));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(StandardCharsets.UTF_16LE, Arrays.copyOfRange(bytes, 2, bytes.length));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(StandardCharsets.UTF_16BE, Arrays.copyOfRange(bytes, 2, bytes.length));
        }
        if (bytes.length >= 2 && bytes.length % 2 == 0 && bytes[0] != 0 && bytes[1] == 0) {
            return strict(StandardCharsets.UTF_16LE, bytes);
        }
        if (bytes.length >= 2 && bytes.length % 2 == 0 && bytes[0] == 0 && bytes[1] != 0) {
            return strict(StandardCharsets.UTF_16BE, bytes);
        }
        return strict(StandardCharsets.UTF_8, bytes);
    }

    /** The one of comma, semicolon and tab that the first line holds most of; comma when it holds none. */
    static char guessDelimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long most = 0;
        for (char candidate : new char[] {',', ';', '\t'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > most) {
                most = count;
                best = candidate;
            }
        }
        return best;
    }

    private static String strict(Charset charset, byte[] bytes) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
