package org.backchannel.app.filter;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.backchannel.exploration.Aspect;
import org.backchannel.exploration.Exploration;
import org.backchannel.model.Eras;
import org.backchannel.model.NamedEra;
import org.backchannel.model.PartialDate;

/**
 * The "Edit eras" dialog: the analyst's eras as a list, and a form (name, first and last year) to add an era
 * or change the one picked. Each add, change, delete and "restore the defaults" is one undoable step of the
 * exploration ("add era Nixon years"); the form is checked as it is typed in, and a refused command says why.
 */
public final class ErasViewModel {

    // Properties
    private final ObservableList<NamedEra> eras = FXCollections.observableArrayList();
    private final ObjectProperty<NamedEra> picked = new SimpleObjectProperty<>(this, "picked");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty from = new SimpleStringProperty(this, "from", "");
    private final StringProperty to = new SimpleStringProperty(this, "to", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(this, "problem");
    private final ReadOnlyBooleanWrapper defaults = new ReadOnlyBooleanWrapper(this, "defaults", true);

    private final Exploration exploration;

    public ErasViewModel(Exploration exploration) {
        this.exploration = exploration;
        showEras();
        exploration.addListener(event -> {
            if (event.touches(Aspect.ERAS)) {
                showEras();
            }
        });
        picked.addListener((obs, old, era) -> fill(era));
        name.addListener((obs, old, now) -> check());
        from.addListener((obs, old, now) -> check());
        to.addListener((obs, old, now) -> check());
    }

    /** The analyst's eras, in their order. */
    public ObservableList<NamedEra> getEras() {
        return FXCollections.unmodifiableObservableList(eras);
    }

    /** The era picked in the list, whose name and years fill the form; null when none. */
    public ObjectProperty<NamedEra> pickedProperty() {
        return picked;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** The first year, as typed. */
    public StringProperty fromProperty() {
        return from;
    }

    /** The last year, as typed; blank for an era still going on. */
    public StringProperty toProperty() {
        return to;
    }

    /** What is wrong with the form, or what the last command did. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while the message says what is wrong. */
    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True while the eras are the built-in ones: restoring them would change nothing. */
    public ReadOnlyBooleanProperty defaultsProperty() {
        return defaults.getReadOnlyProperty();
    }

    // Commands

    /** Adds the era the form describes, at the end of the list. */
    public void add() {
        form().ifPresent(era -> report(exploration.eraCommands().add(era), "Added " + era.describe() + ".", era));
    }

    /** Gives the picked era the form's name and years. */
    public void change() {
        NamedEra old = picked.get();
        if (old == null) {
            say("Pick the era to change in the list.", true);
            return;
        }
        form().ifPresent(era -> report(exploration.eraCommands().change(old.name(), era), "Changed " + old.name() + " to "
                + era.describe() + ".", era));
    }

    public void delete() {
        NamedEra old = picked.get();
        if (old == null) {
            say("Pick the era to delete in the list.", true);
            return;
        }
        exploration.eraCommands().delete(old.name());
        picked.set(null);
        say("Deleted " + old.describe() + "; Undo brings it back.", false);
    }

    public void restoreDefaults() {
        exploration.eraCommands().restoreDefaults();
        picked.set(null);
        say("The built-in eras are back; Undo brings yours back.", false);
    }

    private void report(Optional<String> refused, String done, NamedEra era) {
        if (refused.isPresent()) {
            say(refused.get(), true);
            return;
        }
        picked.set(exploration.eras().named(era.name()).orElse(null));
        say(done, false);
    }

    /** The era the form describes, or nothing after saying what is wrong with it. */
    private Optional<NamedEra> form() {
        Optional<String> wrong = formProblem();
        if (wrong.isPresent()) {
            say(wrong.get(), true);
            return Optional.empty();
        }
        return Optional.of(new NamedEra(name.get().strip(), year(from.get()), to.get().isBlank() ? PartialDate.MAX_YEAR : year(to.get())));
    }

    /** The form's problems that need no list to find: a missing name, years that are not years or out of order. */
    private Optional<String> formProblem() {
        Optional<String> badName = Eras.nameProblem(name.get().strip());
        if (badName.isPresent()) {
            return Optional.of("The name " + badName.get() + ".");
        }
        if (year(from.get()) == null) {
            return Optional.of(from.get().isBlank() ? "Give the first year." : "The first year is not a year: \u201c" + from.get().strip() + "\u201d.");
        }
        if (!to.get().isBlank() && year(to.get()) == null) {
            return Optional.of("The last year is not a year: \u201c" + to.get().strip() + "\u201d; leave it blank for an era still going on.");
        }
        int last = to.get().isBlank() ? PartialDate.MAX_YEAR : year(to.get());
        return Eras.yearsProblem(year(from.get()), last).map(p -> "The years are wrong: " + p + ".");
    }

    private void check() {
        if (name.get().isBlank() && from.get().isBlank() && to.get().isBlank()) {
            say("", false);
            return;
        }
        Optional<String> wrong = formProblem();
        say(wrong.orElse(""), wrong.isPresent());
    }

    private void fill(NamedEra era) {
        name.set(era == null ? "" : era.name());
        from.set(era == null ? "" : Integer.toString(era.years().from()));
        to.set(era == null || era.years().to() >= PartialDate.MAX_YEAR ? "" : Integer.toString(era.years().to()));
    }

    private void showEras() {
        eras.setAll(exploration.eras().all());
        defaults.set(exploration.eras().equals(Eras.DEFAULTS));
        if (picked.get() != null && !eras.contains(picked.get())) {
            picked.set(null);
        }
    }

    private void say(String text, boolean wrong) {
        message.set(text);
        problem.set(wrong);
    }

    private static Integer year(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
