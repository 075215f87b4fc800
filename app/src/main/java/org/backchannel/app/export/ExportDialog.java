package org.backchannel.app.export;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.app.explorer.ExplorerViewModel;
import org.backchannel.app.graph.DrawnPositions;
import org.backchannel.app.timeline.TimelineViewModel;
import org.backchannel.exploration.Exploration;
import org.backchannel.measures.NodeMeasures;
import org.backchannel.model.Citation;
import org.backchannel.model.GraphLink;
import org.backchannel.model.NodeEncoding;
import org.backchannel.model.Source;
import org.backchannel.render.Annotation;
import org.backchannel.render.ExportOptions;
import org.backchannel.render.Palette;
import org.backchannel.render.PdfPage;
import org.backchannel.render.SceneExporter;
import org.backchannel.render.timeline.LaneMode;
import org.backchannel.render.timeline.TimelineExporter;
import org.backchannel.session.Note;
import org.backchannel.store.GraphStore;

/** Asks what to export (the network or the timeline chart) and where, then writes the PNG, SVG or PDF off the UI thread. */
public final class ExportDialog {

    private final Window owner;
    private final Exploration exploration;
    private final ExplorerViewModel explorer;
    private final TimelineViewModel timeline;

    /**
     * @param explorer where to say that a figure is being written and where it went
     * @param timeline which view shows and with which lanes: the dialog starts there
     */
    public ExportDialog(Window owner, Exploration exploration, ExplorerViewModel explorer, TimelineViewModel timeline) {
        this.owner = owner;
        this.exploration = exploration;
        this.explorer = explorer;
        this.timeline = timeline;
    }

    public void show() {
        if (explorer.graphProperty().get() == null) {
            return;
        }
        ExportForm form = new ExportForm(timeline.isShowing() ? ExportView.TIMELINE : ExportView.NETWORK,
                exploration.selection().isEmpty() ? ExportScope.VISIBLE : ExportScope.SELECTION_AND_NEIGHBOURS,
                timeline.laneModeProperty().get());
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export a figure");
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (dialog.showAndWait().filter(ButtonType.OK::equals).isEmpty()) {
            return;
        }
        ExportRequest asked = form.request();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the figure");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PNG image", "*.png"),
                new FileChooser.ExtensionFilter("SVG drawing", "*.svg"), new FileChooser.ExtensionFilter("PDF document", "*.pdf"));
        chooser.setInitialFileName(asked.view().fileName());
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        if (asked.view() == ExportView.TIMELINE) {
            writeTimeline(file.toPath(), asked.lanes(), asked.options(), asked.paper());
        } else {
            write(file.toPath(), asked.scope(), asked.options(), asked.notes(), asked.paper());
        }
    }

    /**
     * Writes the figure off the UI thread; the format follows the file name (.svg, .pdf, else PNG). The
     * caption's datasets and digest, and the notes' quotes, are asked of the store there too.
     */
    public void write(Path file, ExportScope scope, ExportOptions options, boolean includeNotes, PdfPage paper) {
        Map<String, Source> sources = sourcesById();
        LoadedGraph graph = exploration.graph();
        Map<String, double[]> positions = DrawnPositions.of(exploration.drawing());
        Set<String> selection = Set.copyOf(exploration.selection());
        Set<String> pinned = Set.copyOf(exploration.drawing().pinned());
        VisibleGraph visible = exploration.visible();
        String filters = exploration.filter().describe();
        List<Note> analystNotes = List.copyOf(exploration.notes().all());
        NodeEncoding encoding = exploration.nodeEncoding();
        Map<String, NodeMeasures> measures = exploration.measures();
        GraphStore store = explorer.store();
        inBackground(file, () -> {
            Figure figure = Figure.of(graph, visible, positions, scope, selection, pinned, filters, sources,
                    store == null ? Provenance.UNKNOWN : Provenance.of(store), LocalDate.now(), encoding, measures);
            ExportOptions withCaption = new ExportOptions(options.width(), options.scale(), options.transparentBackground(),
                    options.includeLegend(), figure.caption());
            List<Annotation> notes = includeNotes ? FigureNotes.of(figure.scene(), graph, analystNotes,
                    link -> evidence(store, link), sources) : List.of();
            ExportFormat.ofFile(file).write(figure.scene(), withCaption, notes, paper, file, new SceneExporter(Palette.standard()));
        });
    }

    /**
     * Writes the timeline chart of what the graph shows off the UI thread, with the same caption the command
     * line's {@code export --view timeline} gives it.
     */
    public void writeTimeline(Path file, LaneMode lanes, ExportOptions options, PdfPage paper) {
        Map<String, Source> sources = sourcesById();
        LoadedGraph graph = exploration.graph();
        VisibleGraph visible = exploration.visible();
        String filters = exploration.filter().describe();
        inBackground(file, () -> {
            TimelineFigure figure = TimelineFigure.of(graph, visible, lanes, filters, sources, LocalDate.now());
            ExportOptions withCaption = new ExportOptions(options.width(), options.scale(), options.transparentBackground(),
                    options.includeLegend(), figure.caption());
            ExportFormat.ofFile(file).write(figure.chart(), withCaption, paper, file, new TimelineExporter(Palette.standard()));
        });
    }

    private Map<String, Source> sourcesById() {
        return exploration.sources().stream().collect(Collectors.toMap(Source::id, Function.identity(), (a, b) -> a));
    }

    /** A figure is written on a thread of its own; the status line says when it is done, an alert if it failed. */
    private void inBackground(Path file, FigureWriting writing) {
        explorer.report("exporting " + file + "…");
        Thread worker = new Thread(() -> {
            try {
                writing.write();
                Platform.runLater(() -> explorer.report("exported " + file));
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> new Alert(Alert.AlertType.ERROR,
                        "The figure could not be written to " + file + ": " + e.getMessage()).show());
            }
        }, "backchannel-export");
        worker.setDaemon(true);
        worker.start();
    }

    private interface FigureWriting {
        void write() throws IOException;
    }

    /** The loaded outline has no quotes: the store is asked for the exchange's. */
    private static List<Citation> evidence(GraphStore store, GraphLink link) {
        if (!link.citations().isEmpty() || store == null) {
            return link.citations();
        }
        return store.linkDetails(link.id(), link.type()).map(GraphLink::citations).orElse(List.of());
    }
}
