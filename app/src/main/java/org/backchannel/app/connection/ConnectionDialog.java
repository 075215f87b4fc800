package org.backchannel.app.connection;

import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.backchannel.app.overview.StoreOverviewViewModel.StoreOpener;
import org.backchannel.store.StorePreparation;

/**
 * Lets the user switch between the embedded store and a Neo4j server while the app runs, and
 * prepare the open database for Backchannel after seeing what that would create.
 */
public final class ConnectionDialog {

    private final Window owner;
    private final ConnectionViewModel viewModel;
    private final Consumer<StoreOpener> connect;
    private final PreparationViewModel preparation;

    /** @param connect opens the chosen store in the background (the current one closes first) */
    public ConnectionDialog(Window owner, ConnectionViewModel viewModel, Consumer<StoreOpener> connect, PreparationViewModel preparation) {
        this.owner = owner;
        this.viewModel = viewModel;
        this.connect = connect;
        this.preparation = preparation;
    }

    public void show() {
        ToggleGroup where = new ToggleGroup();
        RadioButton embedded = new RadioButton("Embedded store on this computer");
        RadioButton server = new RadioButton("Neo4j server, cluster or Aura");
        embedded.setToggleGroup(where);
        server.setToggleGroup(where);
        (viewModel.embeddedProperty().get() ? embedded : server).setSelected(true);
        TextField uri = new TextField(viewModel.uriProperty().get());
        uri.setPromptText("neo4j+s://xxxx.databases.neo4j.io");
        TextField user = new TextField(viewModel.usernameProperty().get());
        PasswordField password = new PasswordField();
        password.setText(viewModel.passwordProperty().get());
        for (var field : new javafx.scene.Node[] {uri, user, password}) {
            field.disableProperty().bind(embedded.selectedProperty());
        }
        Label problem = new Label();
        problem.getStyleClass().add("error");
        problem.textProperty().bind(viewModel.problemProperty());
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.add(embedded, 0, 0, 2, 1);
        form.add(server, 0, 1, 2, 1);
        form.addRow(2, new Label("Address"), uri);
        form.addRow(3, new Label("User"), user);
        form.addRow(4, new Label("Password"), password);
        form.add(problem, 0, 5, 2, 1);
        form.add(new Separator(), 0, 6, 2, 1);
        form.add(prepareRow(), 0, 7, 2, 1);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Connect to a store");
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            viewModel.embeddedProperty().set(embedded.isSelected());
            viewModel.uriProperty().set(uri.getText());
            viewModel.usernameProperty().set(user.getText());
            viewModel.passwordProperty().set(password.getText());
            if (viewModel.opener().isEmpty()) {
                e.consume();
            }
        });
        ChangeListener<StorePreparation> confirm = (obs, old, plan) -> {
            if (plan != null) {
                confirm(dialog.getDialogPane().getScene().getWindow());
            }
        };
        preparation.planProperty().addListener(confirm);
        try {
            dialog.showAndWait().filter(ButtonType.OK::equals).flatMap(ok -> viewModel.opener()).ifPresent(connect);
        } finally {
            preparation.planProperty().removeListener(confirm);
        }
    }

    private VBox prepareRow() {
        Button prepare = new Button("Prepare this database for Backchannel…");
        prepare.setId("prepare-database");
        prepare.setTooltip(new Tooltip("Lists the indexes and constraints Backchannel would create in the open database, "
                + "and creates them only if you confirm. Opening a database never writes to it."));
        prepare.disableProperty().bind(preparation.busyProperty());
        prepare.setOnAction(e -> preparation.lookUp());
        Label message = new Label();
        message.setId("prepare-message");
        message.setWrapText(true);
        message.textProperty().bind(preparation.messageProperty());
        return new VBox(6, prepare, message);
    }

    /** Shows what preparing would create and creates it only on OK. */
    private void confirm(Window over) {
        TextArea steps = new TextArea(String.join("\n", preparation.steps()));
        steps.setEditable(false);
        steps.setWrapText(true);
        steps.setPrefRowCount(12);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(over);
        alert.setTitle("Prepare this database for Backchannel");
        alert.setHeaderText("Prepare " + preparation.describeStore() + " for Backchannel? This writes to the database:");
        alert.getDialogPane().setContent(steps);
        alert.showAndWait().filter(ButtonType.OK::equals).ifPresentOrElse(ok -> preparation.prepare(), preparation::cancel);
    }
}
