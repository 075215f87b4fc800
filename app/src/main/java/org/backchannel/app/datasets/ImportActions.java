package org.backchannel.app.datasets;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.backchannel.app.task.BackgroundTasks;

/**
 * How a file gets into the store from the window: File → Import dataset or spreadsheet…, or dropped
 * onto the window. A JSON dataset imports at once; a spreadsheet opens its mapping dialog. On a
 * store that is not Backchannel's own, the user confirms first, knowing whose database it writes to.
 */
public final class ImportActions {

    private final Window owner;
    private final ImportViewModel importer;
    private final BackgroundTasks tasks;

    public ImportActions(Window owner, ImportViewModel importer, BackgroundTasks tasks) {
        this.owner = owner;
        this.importer = importer;
        this.tasks = tasks;
    }

    /** File → Import dataset or spreadsheet…. */
    public MenuItem menuItem() {
        MenuItem item = new MenuItem("Import dataset or spreadsheet…");
        item.setId("import-file");
        item.setOnAction(e -> choose());
        return item;
    }

    /** Asks for a file with the platform's chooser, then imports it. */
    public void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a dataset or a spreadsheet");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Datasets and spreadsheets", "*.json", "*.csv", "*.tsv", "*.tab", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File chosen = chooser.showOpenDialog(owner);
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    /** A JSON dataset is imported (after a confirmation on a guest's store); a spreadsheet opens its mapping dialog. */
    public void open(Path file) {
        if (importer.runningProperty().get()) {
            return;
        }
        if (DatasetFiles.isSheet(file)) {
            MappingViewModel mapping = new MappingViewModel(tasks, file);
            ImportDialog.forSheet(owner, importer, mapping, this::confirmThen);
            mapping.open();
        } else {
            confirmThen(file.getFileName().toString(), () -> {
                ImportDialog.forDataset(owner, importer, file);
                importer.importFile(file);
            });
        }
    }

    /** Files dropped onto the window are imported, one at a time: the first of them. */
    public void acceptDrops(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !importer.runningProperty().get()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            e.setDropCompleted(!files.isEmpty());
            e.consume();
            if (!files.isEmpty()) {
                open(files.get(0).toPath());
            }
        });
    }

    private void confirmThen(String what, Runnable write) {
        importer.confirmation(what).ifPresentOrElse(question -> {
            ButtonType yes = new ButtonType("Write to this database", ButtonBar.ButtonData.OK_DONE);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, ButtonType.CANCEL);
            alert.initOwner(owner);
            alert.setTitle("Import into someone else's database?");
            alert.setHeaderText("This database is not Backchannel's own store");
            alert.getDialogPane().setMinWidth(560);
            alert.showAndWait().filter(yes::equals).ifPresent(answer -> write.run());
        }, write);
    }
}
