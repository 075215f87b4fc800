package org.backchannel.app.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.render.Annotation;
import org.backchannel.session.Note;

/**
 * The analyst's notes as a figure's numbered annotations: notes on what the figure shows, in the
 * order they were written, then the note on the session. A note on something the figure leaves out
 * is not numbered. The window's export and the command line's {@code --notes} number them alike.
 */
public final class NoteAnnotations {

    private NoteAnnotations() {
    }

    public static List<Annotation> of(Collection<Note> notes, LoadedGraph graph, Set<String> shownNodes, Set<String> shownLinks) {
        List<Annotation> annotations = new ArrayList<>();
        for (Note note : notes) {
            String text = oneLine(note.text());
            if (note.target() == Note.Target.NODE && shownNodes.contains(note.targetId())) {
                annotations.add(new Annotation(annotations.size() + 1, note.targetId(), name(graph, note.targetId()) + ": " + text));
            } else if (note.target() == Note.Target.LINK && shownLinks.contains(note.targetId())) {
                GraphLink link = graph.link(note.targetId()).orElseThrow();
                annotations.add(new Annotation(annotations.size() + 1, link.id(),
                        name(graph, link.fromId()) + " – " + name(graph, link.toId()) + ": " + text));
            }
        }
        for (Note note : notes) {
            if (note.target() == Note.Target.SESSION) {
                annotations.add(new Annotation(annotations.size() + 1, null, oneLine(note.text())));
            }
        }
        return annotations;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String name(LoadedGraph graph, String nodeId) {
        return graph.node(nodeId).map(GraphNode::name).orElse(nodeId);
    }
}
