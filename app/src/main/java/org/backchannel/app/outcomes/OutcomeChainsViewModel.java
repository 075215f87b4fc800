package org.backchannel.app.outcomes;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.app.answers.SceneGraph;
import org.backchannel.app.connection.StoreHealth;
import org.backchannel.app.task.TaskHandle;
import org.backchannel.exploration.Exploration;
import org.backchannel.exploration.HighlightSource;
import org.backchannel.model.GraphNode;
import org.backchannel.model.NodeKind;
import org.backchannel.questions.OutcomeChain;
import org.backchannel.questions.OutcomeChains;
import org.backchannel.store.GraphStore;

/**
 * How an outcome came about (the chains of led-to links that end at it), or for an actor, organization,
 * channel or event the outcomes it contributed to; ranked, drawn as a highlighted subgraph and listed
 * step by step with dates and quotes. Asked of the scene in the background.
 */
public final class OutcomeChainsViewModel {

    /** As the command line's defaults: the most led-to links in a chain, the most chains listed. */
    static final int MAX_LENGTH = 6;
    static final int LIMIT = 20;

    // Properties
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObservableList<ChainLine> chains = FXCollections.observableArrayList();
    private final ObservableList<StepLine> steps = FXCollections.observableArrayList();

    private final Exploration exploration;
    private final StoreHealth health;
    private final Supplier<GraphStore> store;
    private TaskHandle asking = TaskHandle.DONE;

    public OutcomeChainsViewModel(Exploration exploration, StoreHealth health, Supplier<GraphStore> store) {
        this.exploration = exploration;
        this.health = health;
        this.store = store;
    }

    /** What was asked: "How … came about" or "What … contributed to". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObservableList<ChainLine> getChains() {
        return chains;
    }

    /** The steps of the chain picked last. */
    public ObservableList<StepLine> getSteps() {
        return steps;
    }

    // Commands

    /** For an outcome, the chains that lead to it; for anything else, the outcomes it contributed to. */
    public void explain(String nodeId) {
        GraphNode node = exploration.graph().node(nodeId).orElse(null);
        if (node == null || !exploration.inScene(nodeId)) {
            return;
        }
        asking.cancel();
        boolean outcome = node.kind() == NodeKind.OUTCOME;
        title.set(outcome ? "How " + node.name() + " came about" : "What " + node.name() + " contributed to");
        chains.clear();
        steps.clear();
        LoadedGraph scene = SceneGraph.of(exploration);
        GraphStore opened = store.get();
        busy.set(true);
        message.set("Following the led-to links…");
        asking = health.query(() -> {
            OutcomeChains question = new OutcomeChains(scene, MAX_LENGTH, LIMIT);
            List<OutcomeChain> found = outcome ? question.leadingTo(nodeId) : question.contributionsOf(nodeId);
            return ChainLines.of(scene, found, opened);
        }, lines -> show(node, outcome, lines), problem -> {
            busy.set(false);
            message.set("The chains could not be read: " + problem.getMessage());
        });
    }

    /** Lists a chain's steps and highlights only it. */
    public void showChain(ChainLine chain) {
        if (chain == null) {
            return;
        }
        steps.setAll(chain.steps());
        exploration.highlight(HighlightSource.OUTCOME_CHAINS, chain.ids());
    }

    /** Selects a step's node and centres the view on it. */
    public void showStep(StepLine step) {
        if (step != null && exploration.visible().nodeIds().contains(step.nodeId())) {
            exploration.focusOn(step.nodeId());
        }
    }

    public void clear() {
        asking.cancel();
        busy.set(false);
        chains.clear();
        steps.clear();
        title.set("");
        message.set("");
        exploration.highlight(HighlightSource.OUTCOME_CHAINS, Set.of());
    }

    private void show(GraphNode node, boolean outcome, List<ChainLine> lines) {
        busy.set(false);
        chains.setAll(lines);
        if (lines.isEmpty()) {
            message.set(outcome ? "Nothing in the scene leads to " + node.name() + " (no led-to link ends at it)."
                    : "No chain of led-to links in the scene goes from " + node.name() + " to an outcome.");
            exploration.highlight(HighlightSource.OUTCOME_CHAINS, Set.of());
            return;
        }
        message.set(lines.size() + (lines.size() == 1 ? " chain" : " chains") + ", shortest and best cited first"
                + (lines.size() == LIMIT ? " (the first " + LIMIT + ")" : "") + ". Pick one to read it step by step.");
        exploration.highlight(HighlightSource.OUTCOME_CHAINS,
                lines.stream().flatMap(c -> c.ids().stream()).collect(Collectors.toSet()));
        steps.setAll(lines.get(0).steps());
    }
}
