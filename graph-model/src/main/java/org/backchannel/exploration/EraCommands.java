package org.backchannel.exploration;

import java.util.Optional;
import org.backchannel.exploration.StateKey.Field;
import org.backchannel.model.Eras;
import org.backchannel.model.NamedEra;

/**
 * Adding, renaming, changing and deleting the analyst's named eras, each one named step ("add era Nixon
 * years"), and putting the built-in ones back. A command that would make the list invalid (an empty or
 * taken name, an era that ends before it starts) changes nothing and says why; the caller shows it.
 */
public final class EraCommands {

    private final Recorder recorder;
    private final SceneState state;

    EraCommands(Recorder recorder, SceneState state) {
        this.recorder = recorder;
        this.state = state;
    }

    /** Adds an era at the end of the list; returns what is wrong instead, if anything. */
    public Optional<String> add(NamedEra era) {
        Optional<String> problem = problem(era, null);
        if (problem.isEmpty()) {
            record("add era " + era.name(), state.eras.with(era));
        }
        return problem;
    }

    /**
     * Gives the era called {@code name} a new name, new years or both, in its place in the list; returns what
     * is wrong instead, if anything.
     */
    public Optional<String> change(String name, NamedEra now) {
        NamedEra old = state.eras.named(name).orElse(null);
        if (old == null) {
            return Optional.of("No era is called \u201c" + name + "\u201d.");
        }
        Optional<String> problem = problem(now, old.name());
        if (problem.isPresent() || old.equals(now)) {
            return problem;
        }
        boolean renamed = !old.name().equals(now.name());
        boolean moved = !old.years().equals(now.years());
        String step = renamed && !moved ? "rename era " + old.name() + " to " + now.name()
                : renamed ? "change era " + old.name() + " to " + now.describe()
                : "change era " + old.name() + " to " + now.years();
        record(step, state.eras.replacing(old.name(), now));
        return Optional.empty();
    }

    public void delete(String name) {
        state.eras.named(name).ifPresent(era -> record("delete era " + era.name(), state.eras.without(era.name())));
    }

    /** Puts the built-in eras back in place of the analyst's, as one step. */
    public void restoreDefaults() {
        if (!state.eras.equals(Eras.DEFAULTS)) {
            record("restore the default eras", Eras.DEFAULTS);
        }
    }

    private Optional<String> problem(NamedEra era, String replacing) {
        Optional<String> name = state.eras.nameProblem(era.name(), replacing);
        if (name.isPresent()) {
            return Optional.of("The name " + name.get() + ".");
        }
        return Eras.yearsProblem(era.years().from(), era.years().to()).map(p -> "The years are wrong: " + p + ".");
    }

    private void record(String step, Eras now) {
        recorder.step(step, null, false, () -> recorder.set(StateKey.of(Field.ERAS), now));
    }
}
