package org.backchannel.app.explorer;

import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A tab whose content is made the first time the tab is selected. A tab behind another is still styled and laid out
 * by JavaFX, so the lower panes nobody has opened yet (paths, channels, history, the console…) cost the window's
 * start their controls, skins and CSS; made on first view they cost it nothing. The panes are thin views over
 * view-models that exist from the start, so nothing is lost by making a view late.
 */
final class LazyTab {

    private LazyTab() {
    }

    /** A tab that cannot be closed, whose content comes from {@code content} when it is first selected (not the first tab). */
    static Tab of(String title, Supplier<? extends Node> content) {
        Tab tab = new Tab(title);
        tab.setClosable(false);
        tab.selectedProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable selected) {
                if (tab.isSelected()) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(content.get());
                }
            }
        });
        return tab;
    }
}
