package org.backchannel.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.backchannel.model.ChannelType;
import org.backchannel.model.YearRange;

/** Sessions the tests write and read: a small hand-made one and large generated ones. */
public final class TestSessions {

    private TestSessions() {
    }

    static final Instant SAVED = Instant.parse("2026-12-06T03:15:00Z");

    /** Three nodes a, b, c and two links, with a bit of everything a session holds. */
    public static Session small() {
        return new Session(SAVED, new StoreIdentity("bolt://localhost:7687", "neo4j", "0f3c"),
                new Session.Scene(List.of("a", "b", "c"), List.of("a-b", "b-c")),
                Map.of("a", new Session.Position(-10.5, 4), "b", new Session.Position(3.25, -8)),
                Set.of("a"), Set.of("c"), new SessionFilter(Set.of(ChannelType.BACK_CHANNEL), new YearRange(1969, 1977)),
                Set.of("b", "a-b"), "a", SessionLayout.FORCE, new Session.Camera(1, 2, 0.75),
                List.of(Note.onNode("a", "First contact.\nSecond line.", SAVED), Note.onLink("a-b", "Denied later.", SAVED),
                        Note.onSession("Chapter 2.", SAVED)));
    }

    /**
     * A session of {@code nodes} placed nodes with ids as long as the article's (24 characters for a
     * node, 39 for a link, on average), twice as many links,
     * a tenth of them pinned, and a note on every hundredth node; {@code seed} varies the positions.
     */
    public static Session large(int nodes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> nodeIds = new ArrayList<>();
        Map<String, Session.Position> positions = new LinkedHashMap<>();
        List<Note> notes = new ArrayList<>();
        Set<String> pinned = new java.util.HashSet<>();
        for (int i = 0; i < nodes; i++) {
            String id = String.format("envoy-%05d-foreign-office", i);
            nodeIds.add(id);
            positions.put(id, new Session.Position(random.nextDouble(-5_000, 5_000), random.nextDouble(-5_000, 5_000)));
            if (i % 10 == 0) {
                pinned.add(id);
            }
            if (i % 100 == 0) {
                notes.add(Note.onNode(id, "Note " + i + " written with seed " + seed + ".", SAVED));
            }
        }
        List<String> linkIds = new ArrayList<>();
        for (int i = 0; i < 2 * nodes; i++) {
            linkIds.add(String.format("envoy-%05d-spoke-with-minister-%05d", i / 2, i));
        }
        return new Session(SAVED, new StoreIdentity(StoreIdentity.EMBEDDED, "neo4j", "digest-" + seed),
                new Session.Scene(nodeIds, linkIds), positions, pinned, Set.of(), SessionFilter.NONE, Set.of(nodeIds.get(0)),
                nodeIds.get(0), SessionLayout.FORCE, new Session.Camera(0, 0, 1), notes);
    }
}
