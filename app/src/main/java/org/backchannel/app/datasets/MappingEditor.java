package org.backchannel.app.datasets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import org.backchannel.model.ChannelType;
import org.backchannel.model.CodedValue;
import org.backchannel.model.Secrecy;

/** The mapping as a form: for each field the column that holds it, then the dataset's name and the defaults. */
final class MappingEditor extends GridPane {

    private static final String NONE = "(no column)";

    MappingEditor(MappingViewModel viewModel) {
        setHgap(8);
        setVgap(5);
        setId("mapping-editor");
        List<MappingField> fields = viewModel.getFields();
        int half = (fields.size() + 1) / 2;
        for (int i = 0; i < fields.size(); i++) {
            MappingField field = fields.get(i);
            ComboBox<String> column = new ComboBox<>(viewModel.getHeaders());
            column.setId("column-" + field.field());
            column.setButtonCell(new HeaderCell());
            column.setCellFactory(list -> new HeaderCell());
            column.setPrefWidth(170);
            column.valueProperty().bindBidirectional(field.columnProperty());
            add(new Label(field.label()), i < half ? 0 : 2, i % half);
            add(column, i < half ? 1 : 3, i % half);
        }
        int row = half;
        add(new Label("Dataset id"), 0, ++row);
        add(text("dataset-id", viewModel.datasetIdProperty()), 1, row);
        add(new Label("Dataset title"), 2, row);
        add(text("dataset-title", viewModel.datasetTitleProperty()), 3, row);
        add(new Label("Quotes come from"), 0, ++row);
        TextField source = text("source-title", viewModel.sourceTitleProperty());
        source.setTooltip(new Tooltip("The title of the document the quotes are taken from (the mapping's first source)"));
        add(source, 1, row, 3, 1);
        add(new Label("Channel type if blank"), 0, ++row);
        add(choice("default-channel-type", codes(ChannelType.values()), viewModel.channelTypeDefaultProperty()), 1, row);
        add(new Label("Secrecy if blank"), 2, row);
        add(choice("default-secrecy", codes(Secrecy.values()), viewModel.secrecyDefaultProperty()), 3, row);
        CheckBox evidence = new CheckBox("The sheet itself is the evidence for rows without a quote (cited as \"row N of FILE\")");
        evidence.setId("rows-are-evidence");
        evidence.selectedProperty().bindBidirectional(viewModel.rowsAreEvidenceProperty());
        add(evidence, 0, ++row, 4, 1);
        Label choose = new Label("No quote column: choose the evidence. Map the column that quotes a document and name that "
                + "document above, or tick the box if the sheet itself is the evidence.");
        choose.setId("evidence-to-choose");
        choose.setWrapText(true);
        choose.getStyleClass().add("mapping-warning");
        choose.visibleProperty().bind(viewModel.evidenceToChooseProperty());
        choose.managedProperty().bind(choose.visibleProperty());
        add(choose, 0, ++row, 4, 1);
    }

    private static TextField text(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static ComboBox<String> choice(String id, List<String> codes, StringProperty value) {
        List<String> all = new ArrayList<>();
        all.add("");
        all.addAll(codes);
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(all));
        box.setId(id);
        box.setPrefWidth(170);
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private static List<String> codes(CodedValue[] values) {
        return Arrays.stream(values).map(CodedValue::code).toList();
    }

    /** "" shows as "(no column)". */
    private static final class HeaderCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.isEmpty() ? NONE : item);
        }
    }
}
