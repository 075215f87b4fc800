package org.backchannel.app.look;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * How the analyst wants things to look, apart from what they look at: the theme, and whether links carry
 * their type and date on the graph. Not part of the exploration (no undo, not in a session): the same
 * for every session, remembered across launches by {@link LookSettings}.
 */
public final class LookViewModel {

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final BooleanProperty linkLabels = new SimpleBooleanProperty(this, "linkLabels", false);

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Theme getTheme() {
        return theme.get();
    }

    public void setTheme(Theme value) {
        theme.set(value == null ? Theme.LIGHT : value);
    }

    /** Whether each link on the graph is labelled with its type and date. */
    public BooleanProperty linkLabelsProperty() {
        return linkLabels;
    }

    public boolean isLinkLabels() {
        return linkLabels.get();
    }

    public void setLinkLabels(boolean value) {
        linkLabels.set(value);
    }
}
