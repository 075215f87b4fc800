package org.backchannel.session;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.backchannel.model.Eras;
import org.backchannel.model.NodeEncoding;

/**
 * What an analyst was looking at, as a {@code backchannel-session/1} file keeps it: which store, which
 * nodes and links were on screen and where, what was pinned, hidden, filtered and selected, the layout,
 * the camera and the analyst's notes. Plain values only, so that any exploration model can be saved
 * and restored through it; see docs/session-format.md.
 *
 * @param positions where nodes were drawn, in world units; nodes without one are placed by the layout
 * @param focus     the node the analyst started from, or null
 * @param camera    what the window showed, or null to fit the graph
 * @param nodeEncoding what node sizes and colours meant; a file without it means the default
 * @param eras      the analyst's named eras; a file without them has the defaults
 */
public record Session(Instant savedAt, StoreIdentity store, Scene scene, Map<String, Position> positions,
                      Set<String> pinned, Set<String> hidden, SessionFilter filter, Set<String> selection,
                      String focus, SessionLayout layout, Camera camera, List<Note> notes, NodeEncoding nodeEncoding,
                      Eras eras) {

    public static final String FORMAT = "backchannel-session/1";

    public Session {
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(scene, "scene");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(nodeEncoding, "nodeEncoding");
        positions = Map.copyOf(positions);
        pinned = Set.copyOf(pinned);
        hidden = Set.copyOf(hidden);
        selection = Set.copyOf(selection);
        notes = List.copyOf(notes);
        eras = eras == null ? Eras.DEFAULTS : eras;
    }

    /** A session with nodes sized by degree and coloured by kind, and the default eras, as a file without either says. */
    public Session(Instant savedAt, StoreIdentity store, Scene scene, Map<String, Position> positions, Set<String> pinned,
                   Set<String> hidden, SessionFilter filter, Set<String> selection, String focus, SessionLayout layout,
                   Camera camera, List<Note> notes) {
        this(savedAt, store, scene, positions, pinned, hidden, filter, selection, focus, layout, camera, notes, NodeEncoding.DEFAULT,
                Eras.DEFAULTS);
    }

    /** The nodes and links on screen, in the order they were loaded. */
    public record Scene(List<String> nodeIds, List<String> linkIds) {

        public Scene {
            nodeIds = List.copyOf(nodeIds);
            linkIds = List.copyOf(linkIds);
        }
    }

    /** A node's place in world units. */
    public record Position(double x, double y) {

        public Position {
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                throw new IllegalArgumentException("a position must be finite, not " + x + ", " + y);
            }
        }
    }

    /** The centre of the window in world units, and pixels per world unit. */
    public record Camera(double x, double y, double zoom) {

        public Camera {
            if (!Double.isFinite(x) || !Double.isFinite(y) || !(zoom > 0) || Double.isInfinite(zoom)) {
                throw new IllegalArgumentException("a camera needs a finite centre and a positive zoom, not " + x + ", " + y + ", " + zoom);
            }
        }
    }
}
