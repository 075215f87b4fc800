package org.backchannel.app.session;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The one line on what the session did (reopened, what the store no longer has), with a button to close it; a bar
 * under the graph, so that it covers neither the graph nor its legend, until the analyst's next change.
 */
public final class SessionNotice extends HBox {

    public SessionNotice(SessionViewModel viewModel) {
        super(10);
        setId("session-notice");
        setAlignment(Pos.CENTER_LEFT);
        Label text = new Label();
        text.setId("session-notice-text");
        text.setWrapText(true);
        text.textProperty().bind(viewModel.noticeProperty());
        Button close = new Button("OK");
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> viewModel.dismissNotice());
        getChildren().addAll(text, close);
        getStyleClass().add("session-notice");
        visibleProperty().bind(viewModel.noticeProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
