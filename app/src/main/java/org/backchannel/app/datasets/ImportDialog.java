package org.backchannel.app.datasets;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The window an import runs in. For a spreadsheet: the mapping to correct, the first rows as it
 * reads them, the problems of the whole sheet, and Import once there are none. For a JSON dataset:
 * the progress and, if it is refused, the problems. It never blocks the main window; it closes
 * itself when the import has been written and shown.
 */
final class ImportDialog {

    private final Stage stage = new Stage();
    private final ImportViewModel importer;
    private final ObservableList<ProblemRow> shown = FXCollections.observableArrayList();

    private ImportDialog(Window owner, ImportViewModel importer, String title) {
        this.importer = importer;
        // What the last import said belongs to its own dialog.
        importer.dismissProblems();
        stage.initOwner(owner);
        stage.setTitle(title);
        importer.succeededProperty().addListener((obs, old, done) -> {
            if (done && stage.isShowing()) {
                stage.close();
            }
        });
    }

    /** The dialog of a JSON dataset being imported: progress, then problems if it is refused. */
    static ImportDialog forDataset(Window owner, ImportViewModel importer, Path file) {
        ImportDialog dialog = new ImportDialog(owner, importer, "Import " + file.getFileName());
        dialog.follow(importer.getProblems(), FXCollections.observableArrayList());
        Label what = new Label("Dataset " + file);
        ProblemTable problems = new ProblemTable(dialog.shown);
        dialog.show(new VBox(10, what, dialog.progress(), problems, dialog.buttons(null)), problems, 1000, 380);
        return dialog;
    }

    /** The mapping dialog of a spreadsheet. */
    static ImportDialog forSheet(Window owner, ImportViewModel importer, MappingViewModel mapping, Confirmation confirm) {
        ImportDialog dialog = new ImportDialog(owner, importer, "Import spreadsheet " + mapping.sheetNameProperty().get());
        dialog.follow(importer.getProblems(), mapping.check().getProblems());
        Label origin = new Label();
        origin.setId("mapping-origin");
        origin.textProperty().bind(mapping.mappingOriginProperty().map(o -> "Mapping: " + o));
        Button load = new Button("Load mapping…");
        load.setOnAction(e -> Optional.ofNullable(chooser("Load a mapping").showOpenDialog(dialog.stage))
                .map(File::toPath).ifPresent(mapping::loadMapping));
        Button save = new Button("Save mapping as…");
        save.setId("save-mapping");
        save.setOnAction(e -> {
            FileChooser chooser = chooser("Save the mapping");
            chooser.setInitialFileName(mapping.sheetNameProperty().get().replaceFirst("\\.[^.]*$", "") + ".mapping.json");
            Optional.ofNullable(chooser.showSaveDialog(dialog.stage)).map(File::toPath).ifPresent(mapping::saveMapping);
        });
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox top = new HBox(8, origin, spring, load, save);
        top.setAlignment(Pos.CENTER_LEFT);
        MappingEditor editor = new MappingEditor(mapping);
        editor.disableProperty().bind(mapping.readyProperty().not().or(mapping.editableProperty().not()).or(importer.runningProperty()));
        TitledPane preview = new TitledPane("The first rows as the mapping reads them", previewTable(mapping));
        preview.setCollapsible(false);
        Label summary = new Label();
        summary.setId("check-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(mapping.check().summaryProperty());
        ProgressBar checking = new ProgressBar();
        checking.progressProperty().bind(mapping.check().progressProperty());
        checking.visibleProperty().bind(mapping.check().checkingProperty());
        checking.managedProperty().bind(checking.visibleProperty());
        HBox checkLine = new HBox(8, checking, summary);
        checkLine.setAlignment(Pos.CENTER_LEFT);
        Button importButton = new Button("Import");
        importButton.setId("import-sheet");
        importButton.setDefaultButton(true);
        importButton.disableProperty().bind(mapping.datasetProperty().isNull().or(importer.runningProperty()));
        mapping.datasetProperty().addListener((obs, old, now) -> importer.dismissProblems());
        importButton.setOnAction(e -> confirm.thenRun(mapping.datasetProperty().get().title(),
                () -> importer.importChecked(mapping.datasetProperty().get())));
        ProblemTable problems = new ProblemTable(dialog.shown);
        VBox content = new VBox(10, top, editor, preview, checkLine, problems, dialog.progress(), dialog.buttons(importButton));
        dialog.show(content, problems, 1180, 920);
        return dialog;
    }

    /** Asks before writing when the store is not Backchannel's own, then runs the import. */
    @FunctionalInterface
    interface Confirmation {
        void thenRun(String what, Runnable write);
    }

    private static TableView<List<String>> previewTable(MappingViewModel mapping) {
        TableView<List<String>> table = new TableView<>(mapping.getPreview());
        table.setId("sheet-preview");
        for (int i = 0; i < MappingViewModel.PREVIEW_FIELDS.size(); i++) {
            int at = i;
            TableColumn<List<String>, String> column = new TableColumn<>(MappingField.label(MappingViewModel.PREVIEW_FIELDS.get(i)));
            column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(cell.getValue().get(at)));
            column.setPrefWidth(MappingViewModel.PREVIEW_FIELDS.get(i).equals("quote") ? 260 : 105);
            table.getColumns().add(column);
        }
        table.setPrefHeight(200);
        table.setPlaceholder(new Label("Reading the sheet…"));
        return table;
    }

    /** The sheet's problems and, after an import the store refused, the store's: one list. */
    private void follow(ObservableList<ProblemRow> imported, ObservableList<ProblemRow> checked) {
        ListChangeListener<ProblemRow> either = change -> shown.setAll(imported.isEmpty() ? checked : imported);
        imported.addListener(either);
        checked.addListener(either);
        shown.setAll(imported.isEmpty() ? checked : imported);
    }

    private HBox progress() {
        ProgressBar bar = new ProgressBar();
        bar.setId("import-progress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(importer.progressProperty());
        bar.visibleProperty().bind(importer.runningProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Label message = new Label();
        message.setId("import-message");
        message.setWrapText(true);
        message.textProperty().bind(importer.messageProperty());
        HBox line = new HBox(8, bar, message);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private HBox buttons(Button main) {
        Button close = new Button(main == null ? "Close" : "Cancel");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = main == null ? new HBox(8, close) : new HBox(8, main, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        return buttons;
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Mappings", "*.json"));
        return chooser;
    }

    private void show(VBox content, Region growing, double width, double height) {
        content.setPadding(new Insets(14));
        VBox.setVgrow(growing, Priority.ALWAYS);
        Scene scene = new Scene(content, width, height);
        scene.getStylesheets().add(Objects.requireNonNull(ImportDialog.class.getResource("/org/backchannel/app/app.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }
}
