package org.backchannel.exploration;

import java.time.Instant;
import org.backchannel.exploration.StateKey.Field;
import org.backchannel.model.GraphLink;
import org.backchannel.session.Note;
import org.backchannel.session.Note.Target;

/** Writing, editing and deleting the analyst's notes, each one named step: "note on William Burns". */
public final class NoteCommands {

    private final Recorder recorder;
    private final SceneState state;

    NoteCommands(Recorder recorder, SceneState state) {
        this.recorder = recorder;
        this.state = state;
    }

    /**
     * Writes the note on a node, a link or the session ({@code targetId} null), or replaces the one
     * there; blank text deletes it.
     */
    public void write(Target target, String targetId, String text, Instant at) {
        if (text == null || text.isBlank()) {
            delete(target, targetId);
            return;
        }
        String key = Notes.key(target, targetId);
        Note before = state.notes.get(key);
        if (before != null && before.text().equals(text)) {
            return;
        }
        Note after = before == null ? new Note(target, targetId, text, at, at)
                : new Note(target, targetId, text, before.created(), at.isBefore(before.created()) ? before.created() : at);
        String verb = before == null ? "note on " : "edit the note on ";
        recorder.step(verb + name(target, targetId), null, false, () -> recorder.set(StateKey.of(Field.NOTE, key), after));
    }

    public void delete(Target target, String targetId) {
        String key = Notes.key(target, targetId);
        if (state.notes.containsKey(key)) {
            recorder.step("delete the note on " + name(target, targetId), null, false,
                    () -> recorder.set(StateKey.of(Field.NOTE, key), null));
        }
    }

    private String name(Target target, String targetId) {
        return switch (target) {
            case SESSION -> "the session";
            case NODE -> StepNames.node(state.graph, targetId);
            case LINK -> state.graph.link(targetId)
                    .map((GraphLink l) -> StepNames.node(state.graph, l.fromId()) + " – " + StepNames.node(state.graph, l.toId()))
                    .orElse(targetId);
        };
    }
}
