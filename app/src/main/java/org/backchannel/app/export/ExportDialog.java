package org.backchannel.app.export;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.backchannel.app.explorer.ExplorerViewModel;
import org.backchannel.app.graph.DrawnPositions;
import org.backchannel.exploration.Exploration;
import org.backchannel.model.Source;
import org.backchannel.render.ExportOptions;
import org.backchannel.render.Annotation;
import org.backchannel.render.Palette;
import org.backchannel.render.SceneLink;
import org.backchannel.render.SceneNode;
import org.backchannel.render.SceneExporter;

/** Asks what to export and where, then writes the PNG or SVG off the UI thread. */
public final class ExportDialog {

    private final Window owner;
    private final Exploration exploration;
    private final ExplorerViewModel explorer;

    /** @param explorer where to say that a figure is being written and where it went */
    public ExportDialog(Window owner, Exploration exploration, ExplorerViewModel explorer) {
        this.owner = owner;
        this.exploration = exploration;
        this.explorer = explorer;
    }

    public void show() {
        if (explorer.graphProperty().get() == null) {
            return;
        }
        ChoiceBox<ExportScope> scope = new ChoiceBox<>();
        scope.getItems().setAll(ExportScope.values());
        scope.setValue(exploration.selection().isEmpty() ? ExportScope.VISIBLE : ExportScope.SELECTION_AND_NEIGHBOURS);
        Spinner<Integer> width = new Spinner<>(ExportOptions.MIN_WIDTH, ExportOptions.MAX_WIDTH, 2400, 100);
        width.setEditable(true);
        Spinner<Integer> scale = new Spinner<>(1, ExportOptions.MAX_SCALE, 1);
        CheckBox transparent = new CheckBox("Transparent background (PNG)");
        CheckBox legend = new CheckBox("Legend");
        legend.setSelected(true);
        CheckBox notes = new CheckBox("Include my notes as numbered annotations");
        notes.setId("export-notes");
        notes.setDisable(exploration.notes().all().isEmpty());
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Show"), scope);
        form.addRow(1, new Label("Width (px)"), width);
        form.addRow(2, new Label("PNG scale"), scale);
        form.add(transparent, 1, 3);
        form.add(legend, 1, 4);
        form.add(notes, 1, 5);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export the graph");
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (dialog.showAndWait().filter(ButtonType.OK::equals).isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the figure");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PNG image", "*.png"),
                new FileChooser.ExtensionFilter("SVG drawing", "*.svg"));
        chooser.setInitialFileName("backchannel.png");
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            write(file.toPath(), scope.getValue(), new ExportOptions(width.getValue(), scale.getValue(), transparent.isSelected(),
                    legend.isSelected(), java.util.List.of()), notes.isSelected());
        }
    }

    /** Writes the figure; the format follows the file name (.svg, else PNG). */
    public void write(Path file, ExportScope scope, ExportOptions options, boolean includeNotes) {
        Map<String, Source> sources = exploration.sources().stream()
                .collect(Collectors.toMap(Source::id, Function.identity(), (a, b) -> a));
        Figure figure = Figure.of(exploration.graph(), exploration.visible(), DrawnPositions.of(exploration.drawing()), scope,
                Set.copyOf(exploration.selection()), Set.copyOf(exploration.drawing().pinned()), exploration.filter().describe(),
                sources, LocalDate.now());
        ExportOptions withCaption = new ExportOptions(options.width(), options.scale(), options.transparentBackground(),
                options.includeLegend(), figure.caption());
        List<Annotation> annotations = includeNotes ? NoteAnnotations.of(exploration.notes().all(), exploration.graph(),
                figure.scene().nodes().stream().map(SceneNode::id).collect(Collectors.toSet()),
                figure.scene().links().stream().map(SceneLink::id).collect(Collectors.toSet())) : List.of();
        SceneExporter exporter = new SceneExporter(Palette.standard());
        explorer.report("exporting " + file + "…");
        Thread worker = new Thread(() -> {
            try {
                if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
                    exporter.writeSvg(figure.scene(), withCaption, annotations, file);
                } else {
                    exporter.writePng(figure.scene(), withCaption, annotations, file);
                }
                javafx.application.Platform.runLater(() -> explorer.report("exported " + file));
            } catch (java.io.IOException | RuntimeException e) {
                javafx.application.Platform.runLater(() -> new Alert(Alert.AlertType.ERROR,
                        "The figure could not be written to " + file + ": " + e.getMessage()).show());
            }
        }, "backchannel-export");
        worker.setDaemon(true);
        worker.start();
    }
}
