package org.backchannel.exploration;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiConsumer;
import org.backchannel.exploration.ExplorationEvent.Cause;
import org.backchannel.model.GraphLink;

/**
 * How the analyst looks at the scene: the selection, the focus, the picked exchange, the highlights and the camera.
 * None of it is a step of the history; each change is one event with the cause {@link Cause#VIEW}.
 */
final class Looking {

    private final SceneState state;
    private final Highlights highlights = new Highlights();
    private final BiConsumer<Set<Aspect>, Cause> fire;
    private String pickedLink;
    private Viewpoint viewpoint;

    Looking(SceneState state, BiConsumer<Set<Aspect>, Cause> fire) {
        this.state = state;
        this.fire = fire;
    }

    Highlights highlights() {
        return highlights;
    }

    String pickedLink() {
        return pickedLink;
    }

    Viewpoint viewpoint() {
        return viewpoint;
    }

    void recordViewpoint(Viewpoint now) {
        viewpoint = now;
    }

    void lookAt(Viewpoint wanted) {
        viewpoint = wanted;
        fire.accept(EnumSet.of(Aspect.CAMERA), Cause.VIEW);
    }

    /** Forgets the picked exchange and every highlight, without telling anyone: the scene starts over. */
    void startOver() {
        pickedLink = null;
        highlights.clear();
    }

    void select(String id, boolean additive) {
        if (!additive) {
            state.selection.retainAll(Set.of(id));
        }
        if (additive && state.selection.contains(id)) {
            state.selection.remove(id);
        } else {
            state.selection.add(id);
        }
        fire.accept(EnumSet.of(Aspect.SELECTION), Cause.VIEW);
    }

    void selectOnly(Collection<String> ids) {
        state.selection.retainAll(Set.copyOf(ids));
        state.selection.addAll(ids);
        fire.accept(EnumSet.of(Aspect.SELECTION), Cause.VIEW);
    }

    void clearSelection() {
        state.selection.clear();
        pickedLink = null;
        highlights.set(HighlightSource.PICKED_EXCHANGE, Set.of());
        fire.accept(EnumSet.of(Aspect.SELECTION, Aspect.PICKED_LINK, Aspect.HIGHLIGHTS), Cause.VIEW);
    }

    void addToSelection(Collection<String> ids) {
        if (state.selection.addAll(ids)) {
            fire.accept(EnumSet.of(Aspect.SELECTION), Cause.VIEW);
        }
    }

    void pick(String linkId) {
        GraphLink link = state.graph.link(linkId).orElse(null);
        if (link == null) {
            return;
        }
        pickedLink = linkId;
        highlights.set(HighlightSource.PICKED_EXCHANGE, Set.of(link.id(), link.fromId(), link.toId()));
        state.focus = link.fromId();
        fire.accept(EnumSet.of(Aspect.PICKED_LINK, Aspect.HIGHLIGHTS, Aspect.FOCUS), Cause.VIEW);
    }

    void focusOn(String id) {
        state.selection.retainAll(Set.of(id));
        state.selection.add(id);
        state.focus = id;
        fire.accept(EnumSet.of(Aspect.SELECTION, Aspect.FOCUS), Cause.VIEW);
    }

    void highlight(HighlightSource source, Set<String> ids) {
        if (highlights.set(source, ids)) {
            fire.accept(EnumSet.of(Aspect.HIGHLIGHTS), Cause.VIEW);
        }
    }
}
