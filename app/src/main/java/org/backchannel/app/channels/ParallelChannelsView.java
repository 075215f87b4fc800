package org.backchannel.app.channels;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.backchannel.app.TableColumns;
import org.backchannel.app.answers.AnswerCells;
import org.backchannel.app.search.SearchField;
import org.backchannel.model.GraphNode;

/**
 * Parallel channels: two parties picked by name (or from a node's menu), their channels in a table with
 * one time axis, back channels shaded, the flags beside it and the evidence of what is picked below them.
 */
public final class ParallelChannelsView extends VBox {

    public ParallelChannelsView(ParallelChannelsViewModel viewModel) {
        super(6);
        getStyleClass().add("answer-pane");
        getStylesheets().add(AnswerCells.stylesheet());

        SearchField firstName = new SearchField(viewModel.firstSearch(), "channels-first", "Party: search names");
        SearchField secondName = new SearchField(viewModel.secondSearch(), "channels-second", "Other party: search names");
        firstName.setPrefColumnCount(14);
        secondName.setPrefColumnCount(14);
        Button swap = new Button("⇄");
        swap.setId("channels-swap");
        swap.setTooltip(new Tooltip("Swap the two parties"));
        swap.setOnAction(e -> viewModel.swap());
        Button ask = new Button("Show channels");
        ask.setId("channels-ask");
        ask.disableProperty().bind(viewModel.busyProperty());
        ask.setOnAction(e -> viewModel.ask());
        Button clear = new Button("Clear");
        clear.setOnAction(e -> viewModel.clear());
        Label parties = new Label();
        parties.setId("channels-parties");
        parties.textProperty().bind(Bindings.createStringBinding(() -> name(viewModel.firstProperty().get()) + "  ⇄  "
                + name(viewModel.secondProperty().get()), viewModel.firstProperty(), viewModel.secondProperty()));
        HBox pickers = new HBox(6, firstName, swap, secondName, ask, clear, parties);
        pickers.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("channels-message");
        message.textProperty().bind(viewModel.messageProperty());

        Label limits = new Label();
        limits.getStyleClass().add("answer-limits");
        limits.setWrapText(true);
        limits.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        limits.textProperty().bind(viewModel.limitsProperty());

        SplitPane answer = new SplitPane(table(viewModel), flags(viewModel), evidence(viewModel));
        answer.setDividerPositions(0.5, 0.74);
        VBox.setVgrow(answer, Priority.ALWAYS);
        getChildren().addAll(pickers, message, answer, limits);
    }

    private static TableView<ChannelLine> table(ParallelChannelsViewModel viewModel) {
        TableView<ChannelLine> table = new TableView<>(viewModel.getChannels());
        table.setId("channels-table");
        table.getColumns().add(TableColumns.of("Tier", ChannelLine::tier, 48));
        table.getColumns().add(TableColumns.of("Channel", ChannelLine::channel, 210));
        TableColumn<ChannelLine, ChannelLine> time = new TableColumn<>();
        time.textProperty().bind(Bindings.createStringBinding(() -> viewModel.axisProperty().get() == null ? "Time"
                : "Time " + viewModel.axisProperty().get(), viewModel.axisProperty()));
        time.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        time.setCellFactory(column -> new TimeBarCell());
        time.setPrefWidth(180);
        time.setSortable(false);
        table.getColumns().add(time);
        table.getColumns().add(TableColumns.of("Span", ChannelLine::span, 90));
        table.getColumns().add(TableColumns.of("Type", ChannelLine::type, 100));
        table.getColumns().add(TableColumns.of("Secrecy", ChannelLine::secrecy, 78));
        table.getColumns().add(TableColumns.of("Exchanges", ChannelLine::exchanges, 72));
        table.getColumns().add(TableColumns.of("Participants", ChannelLine::participants, 260));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(ChannelLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().remove("back-tier");
                if (!empty && line != null && line.tier().equals("back")) {
                    getStyleClass().add("back-tier");
                }
            }
        });
        table.setPlaceholder(AnswerCells.placeholder("Pick two parties (or right-click a node: Channels with…), then Show channels."));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> viewModel.showChannel(now));
        return table;
    }

    private static VBox flags(ParallelChannelsViewModel viewModel) {
        ListView<FlagLine> flags = AnswerCells.wrappingList(FlagLine::label);
        flags.setId("channels-flags");
        flags.setItems(viewModel.getFlags());
        flags.setPlaceholder(AnswerCells.placeholder("No flag: no back and front channel overlap, and no bypass the data dates."));
        flags.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> viewModel.showFlag(now));
        VBox.setVgrow(flags, Priority.ALWAYS);
        VBox box = new VBox(4, new Label("Flags"), flags);
        box.setMinWidth(160);
        return box;
    }

    private static VBox evidence(ParallelChannelsViewModel viewModel) {
        ListView<String> evidence = AnswerCells.wrappingList(line -> line);
        evidence.setId("channels-evidence");
        evidence.setItems(viewModel.getEvidence());
        evidence.setPlaceholder(AnswerCells.placeholder("Pick a channel or a flag to read the facts and quotes it rests on."));
        VBox.setVgrow(evidence, Priority.ALWAYS);
        VBox box = new VBox(4, new Label("Facts and quotes"), evidence);
        box.setMinWidth(160);
        return box;
    }

    private static String name(GraphNode node) {
        return node == null ? "?" : node.name();
    }
}
