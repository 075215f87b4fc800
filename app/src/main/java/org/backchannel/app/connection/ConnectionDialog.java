package org.backchannel.app.connection;

import java.util.function.Consumer;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.backchannel.app.overview.StoreOverviewViewModel.StoreOpener;

/** Lets the user switch between the embedded store and a Neo4j server while the app runs. */
public final class ConnectionDialog {

    private final Window owner;
    private final ConnectionViewModel viewModel;
    private final Consumer<StoreOpener> connect;

    /** @param connect opens the chosen store in the background (the current one closes first) */
    public ConnectionDialog(Window owner, ConnectionViewModel viewModel, Consumer<StoreOpener> connect) {
        this.owner = owner;
        this.viewModel = viewModel;
        this.connect = connect;
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
        dialog.showAndWait().filter(ButtonType.OK::equals).flatMap(ok -> viewModel.opener()).ifPresent(connect);
    }
}
