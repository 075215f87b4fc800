package org.backchannel.app.perspective;

import java.io.File;
import java.util.Arrays;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.backchannel.app.perspective.PerspectiveRows.ChannelRow;
import org.backchannel.app.perspective.PerspectiveRows.DateRow;
import org.backchannel.app.perspective.PerspectiveRows.LabelRow;
import org.backchannel.app.perspective.PerspectiveRows.PropertyRow;
import org.backchannel.app.perspective.PerspectiveRows.TypeRow;
import org.backchannel.model.ChannelType;
import org.backchannel.perspective.LinkRole;
import org.backchannel.perspective.NodeRole;

/**
 * Shows a perspective for the user to correct: what each label and relationship type stands for,
 * which properties hold names, dates and evidence, how dates are written, and which of Backchannel's
 * channel types each of the store's channel values is. Apply reads the store through it; a refusal
 * is shown in the dialog, which stays open, and the perspective in use stays.
 */
public final class PerspectiveDialog {

    private final Window owner;

    public PerspectiveDialog(Window owner) {
        this.owner = owner;
    }

    /** @param storeUri and {@code database} go into an exported file, to say where it was made */
    public void show(PerspectiveViewModel viewModel, String storeUri, String database) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Perspective");
        dialog.setHeaderText("How this database maps onto Backchannel's model");
        dialog.setResizable(true);
        TabPane tabs = new TabPane(
                tab("Labels", labels(viewModel)),
                tab("Relationships", types(viewModel)),
                tab("Properties", properties(viewModel)),
                tab("Dates", dates(viewModel)),
                tab("Channel types", channels(viewModel)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Label problems = new Label();
        problems.setId("perspective-problems");
        problems.getStyleClass().add("error");
        problems.setWrapText(true);
        problems.textProperty().bind(viewModel.problemsProperty());
        VBox content = new VBox(8, tabs, problems);
        content.setPrefSize(760, 520);
        dialog.getDialogPane().setContent(content);
        ButtonType importType = new ButtonType("Import…", ButtonBar.ButtonData.LEFT);
        ButtonType exportType = new ButtonType("Export…", ButtonBar.ButtonData.LEFT);
        ButtonType applyType = new ButtonType("Apply", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(importType, exportType, applyType, ButtonType.CLOSE);
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Perspective (*.json)", "*.json"));
        // Apply closes the dialog only when the store took the perspective: a refused one stays to be corrected.
        // Import and export keep it open, to show what was read or any problem.
        keepOpenUnless(dialog, applyType, e -> viewModel.apply());
        keepOpenUnless(dialog, importType, e -> {
            File file = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (file != null) {
                viewModel.importFrom(file.toPath());
            }
            return false;
        });
        keepOpenUnless(dialog, exportType, e -> {
            chooser.setInitialFileName("perspective.json");
            File file = chooser.showSaveDialog(dialog.getDialogPane().getScene().getWindow());
            if (file != null) {
                viewModel.exportTo(file.toPath(), storeUri, database);
            }
            return false;
        });
        dialog.show();
    }

    private static void keepOpenUnless(Dialog<ButtonType> dialog, ButtonType type, Function<ActionEvent, Boolean> action) {
        Button button = (Button) dialog.getDialogPane().lookupButton(type);
        button.addEventFilter(ActionEvent.ACTION, e -> {
            if (!action.apply(e)) {
                e.consume();
            }
        });
    }

    private static Tab tab(String name, TableView<?> table) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setEditable(true);
        return new Tab(name, table);
    }

    private static TableView<LabelRow> labels(PerspectiveViewModel vm) {
        TableView<LabelRow> table = new TableView<>(vm.getLabels());
        table.setId("perspective-labels");
        table.getColumns().add(text("Label", r -> r.getLabel()));
        table.getColumns().add(text("Nodes", r -> String.valueOf(r.getCount())));
        TableColumn<LabelRow, NodeRole> role = new TableColumn<>("Stands for");
        role.setCellValueFactory(c -> c.getValue().roleProperty());
        role.setCellFactory(ComboBoxTableCell.forTableColumn(codes(NodeRole::code), NodeRole.values()));
        role.setOnEditCommit(e -> {
            e.getRowValue().roleProperty().set(e.getNewValue());
            vm.refreshChannels();
        });
        table.getColumns().add(role);
        return table;
    }

    private static TableView<TypeRow> types(PerspectiveViewModel vm) {
        TableView<TypeRow> table = new TableView<>(vm.getTypes());
        table.getColumns().add(text("Relationship type", r -> r.getType()));
        table.getColumns().add(text("Joins", r -> r.getJoins()));
        table.getColumns().add(text("Count", r -> String.valueOf(r.getCount())));
        TableColumn<TypeRow, LinkRole> role = new TableColumn<>("Stands for");
        role.setCellValueFactory(c -> c.getValue().roleProperty());
        role.setCellFactory(ComboBoxTableCell.forTableColumn(codes(LinkRole::code), LinkRole.values()));
        role.setOnEditCommit(e -> {
            e.getRowValue().roleProperty().set(e.getNewValue());
            vm.refreshChannels();
        });
        table.getColumns().add(role);
        return table;
    }

    private static TableView<PropertyRow> properties(PerspectiveViewModel vm) {
        TableView<PropertyRow> table = new TableView<>(vm.getProperties());
        table.getColumns().add(text("Role", r -> r.getRole()));
        TableColumn<PropertyRow, String> keys = new TableColumn<>("Property keys, first present wins");
        keys.setCellValueFactory(c -> c.getValue().keysProperty());
        keys.setCellFactory(TextFieldTableCell.forTableColumn());
        table.getColumns().add(keys);
        return table;
    }

    private static TableView<DateRow> dates(PerspectiveViewModel vm) {
        TableView<DateRow> table = new TableView<>(vm.getDates());
        table.getColumns().add(text("Property", r -> r.getKey()));
        table.getColumns().add(text("Sampled values", r -> r.getSample()));
        TableColumn<DateRow, String> format = new TableColumn<>("Written as (iso, year, epoch-seconds, epoch-millis, dd/MM/yyyy…)");
        format.setCellValueFactory(c -> c.getValue().formatProperty());
        format.setCellFactory(TextFieldTableCell.forTableColumn());
        table.getColumns().add(format);
        return table;
    }

    private static TableView<ChannelRow> channels(PerspectiveViewModel vm) {
        TableView<ChannelRow> table = new TableView<>(vm.getChannels());
        table.setId("perspective-channels");
        table.getColumns().add(text("Value in the store", r -> r.getValue()));
        TableColumn<ChannelRow, ChannelType> type = new TableColumn<>("Backchannel channel type");
        type.setCellValueFactory(c -> c.getValue().typeProperty());
        ChannelType[] choices = Arrays.copyOf(ChannelType.values(), ChannelType.values().length + 1);
        type.setCellFactory(ComboBoxTableCell.forTableColumn(codes(t -> t == null ? "(its own legend entry)" : t.displayName()),
                FXCollections.observableArrayList(choices)));
        table.getColumns().add(type);
        return table;
    }

    private static <R> TableColumn<R, String> text(String name, Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        column.setEditable(false);
        return column;
    }

    private static <T> StringConverter<T> codes(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("chosen from a list, never typed");
            }
        };
    }
}
