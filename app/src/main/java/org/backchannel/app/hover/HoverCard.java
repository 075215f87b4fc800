package org.backchannel.app.hover;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The card beside the pointer on the graph: a thin view over {@link HoverViewModel}. */
public final class HoverCard extends VBox {

    public HoverCard(HoverViewModel hover) {
        super(3);
        setId("hover-card");
        getStyleClass().add("hover-card");
        setMouseTransparent(true);
        setManaged(false);
        Label title = label("title", hover.titleProperty().getValue());
        title.setId("hover-title");
        title.textProperty().bind(hover.titleProperty());
        Label facts = label("facts", "");
        facts.setId("hover-facts");
        facts.textProperty().bind(hover.factsProperty());
        Label quote = label("quote", "");
        quote.setId("hover-quote");
        quote.textProperty().bind(hover.quoteProperty());
        quote.visibleProperty().bind(hover.quoteProperty().isNotEmpty());
        quote.managedProperty().bind(quote.visibleProperty());
        getChildren().addAll(title, facts, quote);
        visibleProperty().bind(hover.shownProperty());
    }

    private static Label label(String style, String text) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        return label;
    }
}
