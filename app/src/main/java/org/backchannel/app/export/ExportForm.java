package org.backchannel.app.export;

import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.backchannel.render.ExportOptions;
import org.backchannel.render.PdfPage;
import org.backchannel.render.timeline.LaneMode;

/**
 * The export dialog's questions. It starts on the view the analyst is looking at, with the chart's lanes as they
 * are on screen; the network's scope and numbered notes are greyed for the chart, its lanes for the network.
 */
final class ExportForm extends GridPane {

    private final ChoiceBox<ExportView> view = new ChoiceBox<>();
    private final ChoiceBox<ExportScope> scope = new ChoiceBox<>();
    private final ChoiceBox<LaneMode> lanes = new ChoiceBox<>();
    private final Spinner<Integer> width = new Spinner<>(ExportOptions.MIN_WIDTH, ExportOptions.MAX_WIDTH, 2400, 100);
    private final Spinner<Integer> scale = new Spinner<>(1, ExportOptions.MAX_SCALE, 1);
    private final CheckBox transparent = new CheckBox("Transparent background (PNG)");
    private final CheckBox legend = new CheckBox("Legend");
    private final CheckBox notes = new CheckBox("Numbered notes: each exchange with its date, channel and quote, and my notes");
    private final ChoiceBox<String> paper = new ChoiceBox<>();

    ExportForm(ExportView shown, ExportScope defaultScope, LaneMode shownLanes) {
        view.getItems().setAll(ExportView.values());
        view.setValue(shown);
        view.setId("export-view");
        scope.getItems().setAll(ExportScope.values());
        scope.setValue(defaultScope);
        lanes.getItems().setAll(LaneMode.values());
        lanes.setValue(shownLanes);
        lanes.setId("export-lanes");
        width.setEditable(true);
        legend.setSelected(true);
        notes.setId("export-notes");
        paper.getItems().setAll("a4-landscape", "a4-portrait", "letter-landscape", "letter-portrait");
        paper.setValue("a4-landscape");
        paper.setId("export-page");
        setHgap(10);
        setVgap(8);
        // The names on the left keep their width: a long check box on the right squeezed them to "Vi…".
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        getColumnConstraints().setAll(names, new ColumnConstraints());
        notes.setWrapText(true);
        notes.setMaxWidth(440);
        addRow(0, new Label("View"), view);
        addRow(1, new Label("Show"), scope);
        addRow(2, new Label("Lanes"), lanes);
        addRow(3, new Label("Width (px)"), width);
        addRow(4, new Label("PNG scale"), scale);
        add(transparent, 1, 5);
        add(legend, 1, 6);
        add(notes, 1, 7);
        addRow(8, new Label("PDF page"), paper);
        scope.disableProperty().bind(view.valueProperty().isEqualTo(ExportView.TIMELINE));
        notes.disableProperty().bind(view.valueProperty().isEqualTo(ExportView.TIMELINE));
        lanes.disableProperty().bind(view.valueProperty().isEqualTo(ExportView.NETWORK));
    }

    ExportRequest request() {
        ExportOptions options = new ExportOptions(width.getValue(), scale.getValue(), transparent.isSelected(),
                legend.isSelected(), List.of());
        boolean network = view.getValue() == ExportView.NETWORK;
        return new ExportRequest(view.getValue(), scope.getValue(), lanes.getValue(), options, network && notes.isSelected(),
                PdfPage.parse(paper.getValue()));
    }
}
