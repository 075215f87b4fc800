package org.backchannel.synthetic;

import java.util.List;
import java.util.Locale;

/** How many nodes and links a synthetic graph has; the named sizes are those of the benchmarks. */
public record SyntheticSize(String name, int nodes, int links) {

    public static final SyntheticSize S = new SyntheticSize("S", 1_000, 5_000);
    public static final SyntheticSize M = new SyntheticSize("M", 10_000, 50_000);
    public static final SyntheticSize L = new SyntheticSize("L", 100_000, 500_000);
    /** The store-scaling size: a million nodes, as many links per node as the others. */
    public static final SyntheticSize XL = new SyntheticSize("1M", 1_000_000, 5_000_000);

    public static final List<SyntheticSize> NAMED = List.of(S, M, L, XL);

    public SyntheticSize {
        // Fewer than one node of each kind would leave some link types without possible ends.
        if (nodes < 20 || links < 0) {
            throw new IllegalArgumentException("a synthetic graph needs at least 20 nodes and no negative link count");
        }
    }

    /** S, M, L or 1M (also XL), in any case. */
    public static SyntheticSize parse(String text) {
        String wanted = text.toUpperCase(Locale.ROOT);
        if (wanted.equals("XL")) {
            return XL;
        }
        return NAMED.stream().filter(s -> s.name.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown size " + text + "; use S, M, L or 1M"));
    }
}
