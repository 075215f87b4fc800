package org.backchannel.app.details;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The selected node or picked exchange: what it is, when, and every citation with its quote and source. */
public final class DetailsView extends ScrollPane {

    /** @param notes the analyst's note, shown under the evidence */
    public DetailsView(DetailsViewModel viewModel, Node notes) {
        getStyleClass().add("details-pane");
        setFitToWidth(true);

        Label title = bound(new Label(), "details-title", "title");
        title.textProperty().bind(viewModel.titleProperty());
        // An exchange's title is a sentence ("Henry Kissinger · spoke with Anatoly Dobrynin via …").
        title.setWrapText(true);
        Label subtitle = bound(new Label(), "details-subtitle", "subtitle");
        subtitle.textProperty().bind(viewModel.subtitleProperty());
        Label dates = bound(new Label(), "details-dates", "dates");
        dates.textProperty().bind(viewModel.datesProperty());
        Label description = bound(new Label(), "details-description", "description");
        description.textProperty().bind(viewModel.descriptionProperty());
        description.setWrapText(true);

        Label empty = new Label("Select a node, or an exchange in its table, to see what is known about it, and the source of every fact.");
        empty.setWrapText(true);
        empty.getStyleClass().add("hint");
        empty.visibleProperty().bind(viewModel.titleProperty().isEmpty());
        empty.managedProperty().bind(empty.visibleProperty());

        Label evidence = new Label("Evidence");
        evidence.getStyleClass().add("section");
        Label state = bound(new Label(), "details-evidence", "hint");
        state.textProperty().bind(viewModel.evidenceProperty());
        state.setWrapText(true);
        state.visibleProperty().bind(viewModel.evidenceProperty().isNotEmpty());
        state.managedProperty().bind(state.visibleProperty());
        VBox quotes = new VBox(10);
        quotes.setId("citations");
        viewModel.getCitations().addListener((javafx.collections.ListChangeListener<CitationRow>) c -> quotes.getChildren()
                .setAll(grouped(viewModel.getCitations())));

        Label related = new Label("Links");
        related.getStyleClass().add("section");
        ListView<FactRow> facts = new ListView<>(viewModel.getFacts());
        facts.setId("facts");
        facts.setPrefHeight(220);
        facts.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(FactRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : (row.when().isEmpty() ? "" : row.when() + "  ") + row.text());
            }
        });
        VBox.setVgrow(facts, Priority.SOMETIMES);

        VBox content = new VBox(6, empty, title, subtitle, dates, description, evidence, state, quotes, notes, related, facts);
        content.getStyleClass().add("details-content");
        evidence.visibleProperty().bind(Bindings.isNotEmpty(viewModel.titleProperty()));
        evidence.managedProperty().bind(evidence.visibleProperty());
        // A picked exchange has no links of its own to list.
        for (var node : new Node[] {related, facts}) {
            node.visibleProperty().bind(Bindings.isNotEmpty(viewModel.getFacts()));
            node.managedProperty().bind(node.visibleProperty());
        }
        setContent(content);
    }

    /** The evidence, grouped by source (the view-model orders it so): each source named once, above its quotes. */
    private static List<Node> grouped(List<CitationRow> rows) {
        List<Node> shown = new ArrayList<>();
        String source = null;
        for (CitationRow row : rows) {
            if (!row.source().equals(source)) {
                source = row.source();
                Label heading = new Label(row.commonKnowledge() ? "Common knowledge, not from the article" : "— " + row.source());
                heading.setWrapText(true);
                heading.getStyleClass().add("source");
                shown.add(heading);
            }
            shown.add(quote(row));
        }
        return shown;
    }

    private static VBox quote(CitationRow row) {
        Label words = new Label(row.commonKnowledge() ? row.quote() : "“" + row.quote() + "”");
        words.setWrapText(true);
        words.getStyleClass().add(row.commonKnowledge() ? "common-knowledge" : "quote");
        VBox box = new VBox(2, words);
        String more = (row.note() == null ? "" : row.note()) + (row.note() != null && row.dataset() != null ? " · " : "")
                + (row.dataset() == null ? "" : "dataset " + row.dataset());
        if (!more.isEmpty()) {
            Label which = new Label(more);
            which.setWrapText(true);
            which.getStyleClass().add("source");
            box.getChildren().add(which);
        }
        box.getStyleClass().add("citation");
        return box;
    }

    private static Label bound(Label label, String id, String styleClass) {
        label.setId(id);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
