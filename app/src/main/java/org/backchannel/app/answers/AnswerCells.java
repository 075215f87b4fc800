package org.backchannel.app.answers;

import java.util.Objects;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/** What the answer panels share in the window: their stylesheet, and lists whose lines wrap. */
public final class AnswerCells {

    private AnswerCells() {
    }

    public static String stylesheet() {
        return Objects.requireNonNull(AnswerCells.class.getResource("answers.css")).toExternalForm();
    }

    /** A placeholder sentence that wraps in a narrow list or table rather than being cut. */
    public static Label placeholder(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setPadding(new javafx.geometry.Insets(8));
        return label;
    }

    /** A list of evidence lines (a quote can be long) that wrap to the list's width. */
    public static <T> ListView<T> wrappingList(java.util.function.Function<T, String> text) {
        ListView<T> list = new ListView<>();
        list.getStyleClass().add("evidence-list");
        list.setCellFactory(view -> new ListCell<>() {
            private final Label label = new Label();

            {
                // A zero preferred width keeps the list from sizing itself to its longest line; the label then wraps.
                setPrefWidth(0);
                label.setWrapText(true);
                label.prefWidthProperty().bind(view.widthProperty().subtract(30));
                label.setMinHeight(Region.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    label.setText(text.apply(item));
                    setGraphic(label);
                }
            }
        });
        return list;
    }

    /** A table column whose text (several lines of evidence) wraps in its cell rather than being cut. */
    public static <T> TableColumn<T, String> wrapping(String title, java.util.function.Function<T, String> value, double width) {
        TableColumn<T, String> column = org.backchannel.app.TableColumns.of(title, value, width);
        column.setCellFactory(c -> new TableCell<>() {
            // A Text, not a Label: its height follows its wrapping width exactly, so the row grows to hold every line.
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(c.widthProperty().subtract(12));
                text.getStyleClass().add("wrapped-cell-text");
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty ? null : item);
                setGraphic(empty || item == null ? null : text);
            }
        });
        return column;
    }
}
