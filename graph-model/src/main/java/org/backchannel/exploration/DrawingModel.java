package org.backchannel.exploration;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where each node is drawn and which nodes are pinned, by node id, apart from the graph and from any
 * layout (JGraphT's {@code LayoutModel}: {@code get}, {@code put}, {@code setFixed}). The canvas, the
 * exports, undo and sessions all read the same positions. Read-only to the panes: they change it
 * through the {@link Exploration}'s commands, so that every change is recorded.
 */
public final class DrawingModel {

    private final Map<String, Point> positions = new HashMap<>();
    private final Set<String> pinned = new HashSet<>();
    /** Immutable copies handed to snapshots, shared until the next change (copy on write: a save's pause on the UI thread stays short). */
    private Map<String, Point> frozenPositions = Map.of();
    private Set<String> frozenPinned = Set.of();
    private boolean positionsChanged;
    /** The same positions, frozen for the autosave in the time of their chunks rather than their number. */
    private PositionTable table = new PositionTable();
    private boolean pinnedChanged;

    public Optional<Point> position(String id) {
        return Optional.ofNullable(positions.get(id));
    }

    /** Whether layouts must leave the node where it is. */
    public boolean isPinned(String id) {
        return pinned.contains(id);
    }

    /** Every placed node's position; a live, unmodifiable view (copy it to keep it). */
    public Map<String, Point> positions() {
        return Collections.unmodifiableMap(positions);
    }

    /** A live, unmodifiable view of the pinned ids. */
    public Set<String> pinned() {
        return Collections.unmodifiableSet(pinned);
    }

    /** The positions as an immutable map, copied only when they changed since the last call. */
    Map<String, Point> frozenPositions() {
        if (positionsChanged) {
            frozenPositions = Map.copyOf(positions);
            positionsChanged = false;
        }
        return frozenPositions;
    }

    /** The pinned ids as an immutable set, copied only when they changed since the last call. */
    Set<String> frozenPinned() {
        if (pinnedChanged) {
            frozenPinned = Set.copyOf(pinned);
            pinnedChanged = false;
        }
        return frozenPinned;
    }

    /** The positions as they are now, immutable, for another thread to read; O(chunks), see {@link PositionTable}. */
    PositionTable.Frozen frozenTable() {
        return table.freeze();
    }

    Point put(String id, Point at) {
        positionsChanged = true;
        table.put(id, at);
        return at == null ? positions.remove(id) : positions.put(id, at);
    }

    void setPinned(String id, boolean pin) {
        pinnedChanged = true;
        if (pin) {
            pinned.add(id);
        } else {
            pinned.remove(id);
        }
    }

    void clear() {
        positions.clear();
        pinned.clear();
        table = new PositionTable();
        positionsChanged = true;
        pinnedChanged = true;
    }
}
