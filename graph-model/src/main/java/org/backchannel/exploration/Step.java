package org.backchannel.exploration;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One named step of the history ("expand William Burns"), like JabRef's {@code NamedCompound}: every
 * state cell it changed with its value before and after. Changes to the same cell coalesce (the
 * first value before, the last after), so a drag or a layout run costs one entry per node.
 */
final class Step {

    private record Change(Object before, Object after) {
    }

    private String name;
    private final String mergeKey;
    private final boolean keptWhenEmpty;
    private final Map<StateKey, Change> changes = new LinkedHashMap<>();

    /**
     * @param mergeKey      a later step with the same key folds into this one (a drag, the play button), or null
     * @param keptWhenEmpty recorded even before it changed anything: a layout run, whose moves come later
     */
    Step(String name, String mergeKey, boolean keptWhenEmpty) {
        this.name = name;
        this.mergeKey = mergeKey;
        this.keptWhenEmpty = keptWhenEmpty;
    }

    Step(String name, String mergeKey) {
        this(name, mergeKey, false);
    }

    String mergeKey() {
        return mergeKey;
    }

    boolean keptWhenEmpty() {
        return keptWhenEmpty;
    }

    String name() {
        return name;
    }

    boolean mergesWith(String key) {
        return mergeKey != null && mergeKey.equals(key);
    }

    void record(StateKey key, Object before, Object after) {
        Change earlier = changes.get(key);
        Object first = earlier == null ? before : earlier.before();
        if (Objects.equals(first, after)) {
            changes.remove(key);
        } else {
            changes.put(key, new Change(first, after));
        }
    }

    /** Folds a later step into this one, as if its changes had been made here; the later name says what it now does. */
    void absorb(Step later) {
        name = later.name;
        later.changes.forEach((key, change) -> record(key, change.before(), change.after()));
    }

    /** Takes out the cells {@code what} matches; true when there were any. */
    boolean forget(Predicate<StateKey> what) {
        return changes.keySet().removeIf(what);
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    int size() {
        return changes.size();
    }

    Set<Aspect> undo(SceneState state) {
        Set<Aspect> touched = EnumSet.noneOf(Aspect.class);
        changes.forEach((key, change) -> {
            state.put(key, change.before());
            touched.add(key.field().aspect);
        });
        return touched;
    }

    Set<Aspect> redo(SceneState state) {
        Set<Aspect> touched = EnumSet.noneOf(Aspect.class);
        changes.forEach((key, change) -> {
            state.put(key, change.after());
            touched.add(key.field().aspect);
        });
        return touched;
    }
}
