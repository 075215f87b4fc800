package org.backchannel.exploration;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where each node is drawn and which nodes are pinned, by node id, apart from the graph and from any
 * layout (JGraphT's {@code LayoutModel}: {@code get}, {@code put}, {@code setFixed}). The canvas, the
 * exports, undo and sessions all read the same positions. Read-only to the panes: they change it
 * through the {@link Exploration}'s commands, so that every change is recorded.
 *
 * <p>The positions are kept once, in a {@link PositionTable}: chunks of arrays that the autosave freezes, which
 * the drawing reads too (a map of points beside it was about 7 MB at 100,000 nodes).
 */
public final class DrawingModel {

    private final Map<String, Point> positions = new PositionView(this);
    private final Set<String> pinned = new HashSet<>();
    /** Immutable copies handed to snapshots, shared until the next change (copy on write: a save's pause on the UI thread stays short). */
    private Map<String, Point> frozenPositions = Map.of();
    private Set<String> frozenPinned = Set.of();
    private boolean positionsChanged;
    /** The positions, frozen for the autosave in the time of their chunks rather than their number. */
    private PositionTable table = new PositionTable();
    private boolean pinnedChanged;

    public Optional<Point> position(String id) {
        return Optional.ofNullable(table.get(id));
    }

    /** Whether layouts must leave the node where it is. */
    public boolean isPinned(String id) {
        return pinned.contains(id);
    }

    /** Every placed node's position; a live, unmodifiable view (copy it to keep it). */
    public Map<String, Point> positions() {
        return positions;
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
        return table.put(id, at);
    }

    /** Where the positions are now: {@link #clear()} starts a new table. */
    PositionTable table() {
        return table;
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
        pinned.clear();
        table = new PositionTable();
        positionsChanged = true;
        pinnedChanged = true;
    }
}
