package org.backchannel.app.notes;

import java.time.Clock;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.exploration.Aspect;
import org.backchannel.exploration.Exploration;
import org.backchannel.model.GraphNode;
import org.backchannel.session.Note;
import org.backchannel.session.Note.Target;

/**
 * The analyst's note on what the details pane shows: the one selected node, the picked exchange,
 * or, with nothing selected, the session as a whole. The text being edited is {@code draft}; saving
 * writes it to the exploration as a named step. Notes are kept in the session, never in the store.
 */
public final class NotesViewModel {

    // Properties
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final StringProperty draft = new SimpleStringProperty(this, "draft", "");
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper(this, "saved", "");
    private final ReadOnlyBooleanWrapper hasNote = new ReadOnlyBooleanWrapper(this, "hasNote");

    private final Exploration exploration;
    private final Clock clock;
    private Target target = Target.SESSION;
    private String targetId;

    public NotesViewModel(Exploration exploration, Clock clock) {
        this.exploration = exploration;
        this.clock = clock;
        // As the details pane does: a picked exchange until the selection changes, then the selection.
        exploration.addListener(event -> {
            if (event.touches(Aspect.PICKED_LINK) && exploration.pickedLink() != null) {
                followLink(exploration.pickedLink());
            } else if (event.touches(Aspect.SELECTION) || event.touches(Aspect.SCENE)) {
                followSelection();
            } else if (event.touches(Aspect.NOTES)) {
                show();
            }
        });
        followSelection();
    }

    /** "Your note on William Burns"; says whose note it is, so it is never taken for evidence. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The text in the editor. */
    public StringProperty draftProperty() {
        return draft;
    }

    /** The note as saved; empty when there is none. */
    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNoteProperty() {
        return hasNote.getReadOnlyProperty();
    }

    // Commands

    /** Saves the draft as the note (one step: "note on William Burns"); a blank draft deletes it. */
    public void save() {
        exploration.noteCommands().write(target, targetId, draft.get(), clock.instant());
    }

    public void delete() {
        exploration.noteCommands().delete(target, targetId);
    }

    private void followLink(String linkId) {
        target = Target.LINK;
        targetId = linkId;
        heading.set("Your note on this exchange");
        show();
    }

    private void followSelection() {
        LoadedGraph graph = exploration.graph();
        Set<String> selection = exploration.selection();
        if (selection.size() == 1 && graph.node(selection.iterator().next()).isPresent()) {
            target = Target.NODE;
            targetId = selection.iterator().next();
            heading.set("Your note on " + graph.node(targetId).map(GraphNode::name).orElse(targetId));
        } else {
            target = Target.SESSION;
            targetId = null;
            heading.set("Your note on this session");
        }
        show();
    }

    private void show() {
        String text = exploration.notes().on(target, targetId).map(Note::text).orElse("");
        saved.set(text);
        hasNote.set(!text.isEmpty());
        draft.set(text);
    }
}
