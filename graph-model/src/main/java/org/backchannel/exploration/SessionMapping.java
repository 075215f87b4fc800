package org.backchannel.exploration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.backchannel.session.Note;
import org.backchannel.session.Session;
import org.backchannel.session.SessionFilter;
import org.backchannel.session.SessionLayout;
import org.backchannel.session.StoreIdentity;
import org.backchannel.store.GraphFilter;

/**
 * An exploration's snapshot and viewpoint as a {@link Session} and back. The session package stays
 * plain data; this side knows both. What a session does not keep: how many links of an expanded
 * node were not loaded (the store is asked again when the node is expanded again).
 */
public final class SessionMapping {

    private SessionMapping() {
    }

    public static Session toSession(ExplorationSnapshot snapshot, Viewpoint viewpoint, StoreIdentity store, Instant savedAt) {
        // Sorted, so that saving the same work twice writes the same file.
        Session.Scene scene = new Session.Scene(List.copyOf(new TreeSet<>(snapshot.sceneNodeIds())),
                List.copyOf(new TreeSet<>(snapshot.sceneLinkIds())));
        Map<String, Session.Position> positions = new HashMap<>();
        snapshot.positions().forEach((id, at) -> {
            if (snapshot.sceneNodeIds().contains(id)) {
                positions.put(id, new Session.Position(at.x(), at.y()));
            }
        });
        GraphFilter filter = snapshot.filter();
        return new Session(savedAt, store, scene, positions, snapshot.pinned(), snapshot.hidden(),
                new SessionFilter(filter.channelTypes(), filter.years()), snapshot.selection(), snapshot.focus(),
                snapshot.layoutMode() == LayoutMode.TIMELINE ? SessionLayout.TIMELINE : SessionLayout.FORCE,
                viewpoint == null ? null : new Session.Camera(viewpoint.x(), viewpoint.y(), viewpoint.scale()), snapshot.notes(),
                snapshot.nodeEncoding(), snapshot.eras());
    }

    /**
     * The session as a snapshot to restore. The file may hold several notes on one element (another
     * tool may write them); the exploration keeps one per element, so they are joined, oldest first.
     */
    public static ExplorationSnapshot toSnapshot(Session session) {
        Map<String, Point> positions = new HashMap<>();
        session.positions().forEach((id, at) -> positions.put(id, new Point(at.x(), at.y())));
        SessionFilter filter = session.filter();
        return new ExplorationSnapshot(Set.copyOf(session.scene().nodeIds()),
                Set.copyOf(session.scene().linkIds()), positions, session.pinned(), session.hidden(),
                new GraphFilter(filter.channelTypes(), filter.years()), session.selection(), session.focus(),
                session.layout() == SessionLayout.TIMELINE ? LayoutMode.TIMELINE : LayoutMode.FORCE, Map.of(),
                oneNotePerElement(session.notes()), session.nodeEncoding(), session.eras());
    }

    /** The session's camera as a viewpoint, or null when it left the view to fit the graph. */
    public static Viewpoint viewpointOf(Session session) {
        Session.Camera camera = session.camera();
        return camera == null ? null : new Viewpoint(camera.x(), camera.y(), camera.zoom());
    }

    private static List<Note> oneNotePerElement(List<Note> notes) {
        Map<String, Note> byElement = new LinkedHashMap<>();
        for (Note note : notes) {
            byElement.merge(Notes.key(note.target(), note.targetId()), note, (first, next) -> new Note(first.target(),
                    first.targetId(), first.text() + "\n\n" + next.text(), min(first.created(), next.created()),
                    max(first.modified(), next.modified())));
        }
        return new ArrayList<>(byElement.values());
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
