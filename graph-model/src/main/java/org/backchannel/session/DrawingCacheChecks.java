package org.backchannel.session;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The checks {@link DrawingCacheFile} reads with: each value read is refused, with the file's name and what is wrong,
 * unless this version could have written it.
 */
final class DrawingCacheChecks {

    private DrawingCacheChecks() {
    }

    static <T> List<T> table(DataInputStream in, String name, String what,
                                                                   Function<String, Optional<T>> fromCode)
            throws IOException, DrawingCacheException {
        int size = in.readUnsignedByte();
        List<T> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String code = in.readUTF();
            values.add(fromCode.apply(code).orElseThrow(() -> new DrawingCacheException(name + ": unknown " + what + " \"" + code + "\"")));
        }
        return values;
    }

    static int count(DataInputStream in, String name, int fileLength, String what) throws IOException, DrawingCacheException {
        int count = in.readInt();
        // Each element takes more than one byte: a count above the file's length is a damaged file, not an allocation to make.
        if (count < 0 || count > fileLength) {
            throw new DrawingCacheException(name + ": " + count + " " + what + " cannot be right");
        }
        return count;
    }

    static <T> T pick(List<T> table, int place, boolean optional, String name, String what) throws DrawingCacheException {
        if (optional && place == DrawingCacheFile.NONE) {
            return null;
        }
        if (place >= table.size()) {
            throw new DrawingCacheException(name + ": " + what + " number " + place + " is not in the file's table");
        }
        return table.get(place);
    }

    static int place(int value, int nodeCount, boolean optional, String name, String link) throws DrawingCacheException {
        if ((optional && value == -1) || (value >= 0 && value < nodeCount)) {
            return value;
        }
        throw new DrawingCacheException(name + ": link " + link + " names node number " + value + " of " + nodeCount);
    }

    static String unique(String id, Set<String> ids, String name) throws DrawingCacheException {
        if (!ids.add(id)) {
            throw new DrawingCacheException(name + ": id " + id + " appears twice");
        }
        return id;
    }
}
