package org.backchannel.exploration;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.backchannel.exploration.ExplorationEvent.Cause;
import org.backchannel.exploration.StateKey.Field;

/**
 * How commands change the state: inside a named step, cell by cell, each change recorded with its
 * value before and after; and what changed told to listeners once, when the step ends.
 */
final class Recorder {

    private final SceneState state;
    private final History history;
    private final Consumer<ExplorationEvent> listeners;
    private Step recording;
    private Set<Aspect> touched = EnumSet.noneOf(Aspect.class);

    Recorder(SceneState state, History history, Consumer<ExplorationEvent> listeners) {
        this.state = state;
        this.history = history;
        this.listeners = listeners;
    }

    /** Runs {@code body} as one named step: what it changes is recorded, and listeners hear of it once. */
    void step(String name, String mergeKey, boolean keptWhenEmpty, Runnable body) {
        step(name, mergeKey, keptWhenEmpty, Cause.COMMAND, body);
    }

    /** A step whose event carries {@code cause} rather than {@link Cause#COMMAND}. */
    void step(String name, String mergeKey, boolean keptWhenEmpty, Cause cause, Runnable body) {
        if (state.readOnly) {
            // A picture drawn before the store answered: what the analyst did to it would be lost when the store's graph replaces it.
            return;
        }
        recording = new Step(name, mergeKey, keptWhenEmpty);
        try {
            body.run();
            if (history.record(recording)) {
                touched.add(Aspect.HISTORY);
            }
        } finally {
            recording = null;
        }
        fireTouched(cause);
    }

    /** Sets one cell, inside a step. */
    void set(StateKey key, Object value) {
        change(key, state.get(key), value);
    }

    /** Sets one cell whose earlier value the caller knew before the loaded graph grew. */
    void change(StateKey key, Object before, Object after) {
        if (!Objects.equals(state.get(key), after)) {
            state.put(key, after);
            touched.add(key.field().aspect);
        }
        if (!Objects.equals(before, after)) {
            recording.record(key, before, after);
            touched.add(key.field().aspect);
        }
    }

    /** Sets a position outside a step: a running layout's moves belong to the newest step, when it is open. */
    void place(String id, Point at) {
        StateKey key = StateKey.of(Field.POSITION, id);
        Object before = state.get(key);
        if (!Objects.equals(before, at)) {
            state.put(key, at);
            history.openStep().ifPresent(step -> step.record(key, before, at));
            touched.add(Aspect.DRAWING);
        }
    }

    void markTouched(Aspect aspect) {
        touched.add(aspect);
    }

    /** Tells listeners, in one event, what changed since they were last told. */
    void fireTouched(Cause cause) {
        Set<Aspect> changed = touched;
        touched = EnumSet.noneOf(Aspect.class);
        if (!changed.isEmpty()) {
            listeners.accept(new ExplorationEvent(changed, cause));
        }
    }
}
