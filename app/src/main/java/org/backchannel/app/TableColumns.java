package org.backchannel.app;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/** Table columns over record components (PropertyValueFactory only finds JavaBean getters, which records lack). */
public final class TableColumns {

    private TableColumns() {
    }

    public static <T, V> TableColumn<T, V> of(String title, Function<T, V> value, double width) {
        TableColumn<T, V> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
