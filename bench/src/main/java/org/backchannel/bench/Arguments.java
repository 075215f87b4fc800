package org.backchannel.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options and {@code --flag}s after a command word; small enough not to need a library. */
final class Arguments {

    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    Arguments(String[] args, int from, Set<String> knownFlags) {
        for (int i = from; i < args.length; i++) {
            String name = args[i];
            if (!name.startsWith("--")) {
                throw new IllegalArgumentException("expected an option, got " + name);
            }
            if (knownFlags.contains(name)) {
                flags.add(name);
            } else if (i + 1 < args.length) {
                values.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException(name + " needs a value");
            }
        }
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    String require(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    boolean has(String flag) {
        return flags.contains(flag);
    }
}
