package org.backchannel.app.exchanges;

import java.util.function.Consumer;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.backchannel.app.TableColumns;

/** The exchanges table: sortable by any column; picking a row highlights that exchange in the graph. */
public final class ExchangesView extends VBox {

    /** @param onPick receives the link id of the picked exchange */
    public ExchangesView(ExchangesViewModel viewModel, Consumer<String> onPick) {
        super(6);
        getStyleClass().add("exchanges-pane");
        Label heading = new Label();
        heading.textProperty().bind(viewModel.headingProperty());
        SortedList<ExchangeRow> sorted = new SortedList<>(viewModel.getRows());
        TableView<ExchangeRow> table = new TableView<>(sorted);
        table.setId("exchanges");
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.getColumns().add(TableColumns.of("From", ExchangeRow::from, 170));
        table.getColumns().add(TableColumns.of("Way", ExchangeRow::way, 64));
        table.getColumns().add(TableColumns.of("To", ExchangeRow::to, 170));
        table.getColumns().add(TableColumns.of("Date", ExchangeRow::date, 150));
        table.getColumns().add(TableColumns.of("Channel", ExchangeRow::channel, 220));
        table.getColumns().add(TableColumns.of("Channel type", ExchangeRow::channelType, 130));
        table.getColumns().add(TableColumns.of("Outcome", ExchangeRow::outcome, 240));
        table.getColumns().add(TableColumns.of("Source", ExchangeRow::source, 130));
        table.setPlaceholder(new Label("No exchanges among what is shown."));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                onPick.accept(row.linkId());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(heading, table);
    }
}
