package org.backchannel.exploration;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backchannel.exploration.StateKey.Field;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.session.Note;

/**
 * A snapshot put back over the state, key by key, inside a step of {@link SceneCommands#restore}: what the
 * snapshot says of each loaded node and link, the hidden, pinned and selected, positions, the filter, the
 * layout, the encoding, the focus, the eras and the notes. Each key set through the recorder is undone with the step.
 */
final class SnapshotRestore {

    private SnapshotRestore() {
    }

    static void putBack(Recorder recorder, SceneState state, ExplorationSnapshot snapshot) {
        for (GraphNode node : state.graph.nodes()) {
            recorder.set(StateKey.of(Field.SCENE_NODE, node.id()), snapshot.sceneNodeIds().contains(node.id()));
        }
        for (GraphLink link : state.graph.links()) {
            if (snapshot.sceneNodeIds().contains(link.fromId()) && snapshot.sceneNodeIds().contains(link.toId())) {
                recorder.set(StateKey.of(Field.SCENE_LINK, link.id()), snapshot.sceneLinkIds().contains(link.id()));
            }
        }
        setAll(recorder, Field.HIDDEN, state.hidden, snapshot.hidden());
        setAll(recorder, Field.PINNED, state.drawing.pinned(), snapshot.pinned());
        setAll(recorder, Field.SELECTED, state.selection, snapshot.selection());
        for (String id : union(state.drawing.positions().keySet(), snapshot.positions().keySet())) {
            recorder.set(StateKey.of(Field.POSITION, id), snapshot.positions().get(id));
        }
        for (String id : union(state.notLoaded.keySet(), snapshot.notLoaded().keySet())) {
            recorder.set(StateKey.of(Field.NOT_LOADED, id), snapshot.notLoaded().get(id));
        }
        recorder.set(StateKey.of(Field.FILTER), snapshot.filter());
        recorder.set(StateKey.of(Field.LAYOUT_MODE), snapshot.layoutMode());
        recorder.set(StateKey.of(Field.NODE_ENCODING), snapshot.nodeEncoding());
        recorder.set(StateKey.of(Field.FOCUS), snapshot.focus());
        recorder.set(StateKey.of(Field.ERAS), snapshot.eras());
        Map<String, Note> notes = new LinkedHashMap<>();
        snapshot.notes().forEach(note -> notes.put(Notes.key(note.target(), note.targetId()), note));
        for (String key : List.copyOf(state.notes.keySet())) {
            if (!notes.containsKey(key)) {
                recorder.set(StateKey.of(Field.NOTE, key), null);
            }
        }
        notes.forEach((key, note) -> recorder.set(StateKey.of(Field.NOTE, key), note));
    }

    private static void setAll(Recorder recorder, Field field, Set<String> now, Set<String> wanted) {
        for (String id : union(now, wanted)) {
            recorder.set(StateKey.of(field, id), wanted.contains(id));
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
