package org.backchannel.exploration;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.backchannel.session.Note;
import org.backchannel.session.Note.Target;

/**
 * The analyst's notes, read-only: at most one per node, link or the session, kept with the
 * exploration (and its session file), never in the store. {@link NoteCommands} writes them as steps.
 */
public final class Notes {

    private final SceneState state;

    Notes(SceneState state) {
        this.state = state;
    }

    /** The key a note is kept under: "node:ID", "link:ID" or "session". */
    static String key(Target target, String targetId) {
        return target == Target.SESSION ? target.code() : target.code() + ":" + targetId;
    }

    public Optional<Note> on(Target target, String targetId) {
        return Optional.ofNullable(state.notes.get(key(target, targetId)));
    }

    public Optional<Note> onNode(String nodeId) {
        return on(Target.NODE, nodeId);
    }

    /** Every note, in the order they were first written. */
    public Collection<Note> all() {
        return Collections.unmodifiableCollection(state.notes.values());
    }

    /** The nodes whose note contains {@code text}, ignoring case; the search finds a node by what the analyst wrote on it. */
    public Set<String> nodesWhoseNoteContains(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        Set<String> found = new LinkedHashSet<>();
        if (wanted.isEmpty()) {
            return found;
        }
        for (Note note : state.notes.values()) {
            if (note.target() == Target.NODE && note.text().toLowerCase(Locale.ROOT).contains(wanted)) {
                found.add(note.targetId());
            }
        }
        return found;
    }
}
