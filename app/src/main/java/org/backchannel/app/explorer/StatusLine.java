package org.backchannel.app.explorer;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.store.StoreUnreachableException;
import org.backchannel.store.Subgraph;

/**
 * What the explorer's status bar says: the sentence about what is shown ({@link StatusText}), with
 * news ("expanded: 3 new", "exported …") added until the next change rewrites it.
 */
final class StatusLine {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "status", "Waiting for the store…");
    private long available;
    private boolean availableExact = true;

    ReadOnlyStringProperty property() {
        return text.getReadOnlyProperty();
    }

    /** Remembers how much the store held, from the overview that was loaded. */
    void storeHeld(Subgraph overview) {
        available = overview.available();
        availableExact = overview.availableExact();
    }

    /** @param cap the scene cap when the store held more than it, else 0 */
    void describe(LoadedGraph loaded, VisibleGraph shown, String filters, int selected, int cap) {
        text.set(StatusText.of(loaded, shown, filters, selected, cap, available, availableExact));
    }

    void say(String sentence) {
        text.set(sentence);
    }

    void add(String news) {
        text.set(text.get() + " · " + news);
    }

    void failed(Throwable problem) {
        text.set(problem instanceof StoreUnreachableException
                ? "The store does not answer; the graph on screen is kept, and what you asked for follows when it is back."
                : "The store did not answer: " + problem.getMessage() + " — the graph on screen is kept.");
    }
}
