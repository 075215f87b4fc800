package org.backchannel.app.search;

import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** A search box whose matches drop down as you type; Enter takes the best one. */
public final class SearchField extends TextField {

    /** Whether the user has moved through the drop-down with the arrow keys, so that Enter takes the item they are on. */
    private boolean browsingMatches;

    public SearchField(SearchViewModel viewModel) {
        this(viewModel, "search", "Search names (Ctrl+F)");
    }

    /** @param id the control's id, for shortcuts and tests */
    public SearchField(SearchViewModel viewModel, String id, String prompt) {
        setId(id);
        setPromptText(prompt);
        setPrefColumnCount(24);
        textProperty().bindBidirectional(viewModel.queryProperty());
        ContextMenu matches = new ContextMenu();
        viewModel.getResults().addListener((javafx.collections.ListChangeListener<SearchResult>) c -> {
            browsingMatches = false;
            matches.getItems().setAll(viewModel.getResults().stream().map(result -> {
                Label label = new Label(result.label());
                if (!result.inScene()) {
                    label.getStyleClass().add("not-in-scene");
                }
                CustomMenuItem item = new CustomMenuItem(label, true);
                item.setOnAction(e -> {
                    viewModel.pick(result);
                    matches.hide();
                });
                return item;
            }).toList());
            if (matches.getItems().isEmpty() || !isFocused()) {
                matches.hide();
            } else if (!matches.isShowing() && getScene() != null) {
                matches.show(this, Side.BOTTOM, 0, 0);
            }
        });
        // A showing drop-down receives the keys first and swallows Enter when none of its items has focus,
        // which is the case when the store's answer arrives after the typing: Enter then takes the best match.
        matches.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) {
                browsingMatches = true;
            } else if (e.getCode() == KeyCode.ENTER && !browsingMatches) {
                viewModel.submit();
                matches.hide();
                e.consume();
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.submit();
                matches.hide();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                setText("");
                matches.hide();
            }
        });
    }
}
