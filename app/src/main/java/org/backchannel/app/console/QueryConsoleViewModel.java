package org.backchannel.app.console;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.backchannel.app.connection.StoreHealth;
import org.backchannel.app.task.TaskHandle;
import org.backchannel.store.GraphStore;
import org.backchannel.store.QueryAnswer;
import org.backchannel.store.QueryRefusedException;
import org.backchannel.store.StoreUnreachableException;

/**
 * A Cypher console for questions the explorer does not ask. It only reads: the store refuses, before
 * running anything, a statement Neo4j's plan says would write. A running query can be called off.
 */
public final class QueryConsoleViewModel {

    /** Rows shown at most; a console is for looking, exports are for bulk. */
    public static final int ROW_LIMIT = 1_000;

    // Properties
    private final StringProperty statement = new SimpleStringProperty(this, "statement", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<List<String>> rows = FXCollections.observableArrayList();

    private final StoreHealth health;
    private final Supplier<GraphStore> store;
    private TaskHandle running = TaskHandle.DONE;

    public QueryConsoleViewModel(StoreHealth health, Supplier<GraphStore> store) {
        this.health = health;
        this.store = store;
    }

    public StringProperty statementProperty() {
        return statement;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What happened: how many rows and how long, or why nothing was run. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The result's columns; the view rebuilds its table when they change. */
    public ObservableList<String> getColumns() {
        return columns;
    }

    public ObservableList<List<String>> getRows() {
        return rows;
    }

    // Commands

    public void run() {
        GraphStore opened = store.get();
        String cypher = statement.get();
        if (busy.get()) {
            return;
        }
        if (opened == null) {
            message.set("No store is open yet.");
            return;
        }
        busy.set(true);
        message.set("Running…");
        running = health.query(() -> opened.readOnlyQuery(cypher, ROW_LIMIT), this::show, this::fail);
    }

    /** Calls the running query off; the store ends its transaction. */
    public void cancel() {
        if (busy.get()) {
            running.cancel();
            busy.set(false);
            message.set("Called off.");
        }
    }

    private void show(QueryAnswer answer) {
        busy.set(false);
        rows.clear();
        columns.setAll(answer.columns());
        rows.setAll(answer.rows());
        String count = answer.rows().size() == 1 ? "1 row" : answer.rows().size() + " rows";
        message.set(count + (answer.truncated() ? " (the first " + ROW_LIMIT + "; there are more)" : "")
                + " in " + answer.took().toMillis() + " ms.");
    }

    private void fail(Throwable problem) {
        busy.set(false);
        if (problem instanceof QueryRefusedException) {
            message.set(problem.getMessage());
        } else if (problem instanceof StoreUnreachableException) {
            message.set("The store does not answer; the query runs when it is back.");
        } else {
            message.set("The query failed: " + problem.getMessage());
        }
    }
}
