package org.backchannel.app.channels;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.app.answers.SceneGraph;
import org.backchannel.app.connection.StoreHealth;
import org.backchannel.app.search.SearchViewModel;
import org.backchannel.app.task.TaskHandle;
import org.backchannel.exploration.Exploration;
import org.backchannel.exploration.HighlightSource;
import org.backchannel.model.GraphNode;
import org.backchannel.model.NodeKind;
import org.backchannel.questions.ParallelChannels;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.GraphStore;

/**
 * Parallel channels: every channel between two parties on one time axis, front against back, with the
 * flags the data supports and the quotes behind them. Asked of the scene under the exploration's
 * filter, in the background (the quotes come from the store); picking a channel or a flag selects and
 * highlights what it rests on.
 */
public final class ParallelChannelsViewModel {

    // Properties
    private final ObjectProperty<GraphNode> first = new SimpleObjectProperty<>(this, "first");
    private final ObjectProperty<GraphNode> second = new SimpleObjectProperty<>(this, "second");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper limits = new ReadOnlyStringWrapper(this, "limits", "");
    private final ReadOnlyObjectWrapper<YearAxis> axis = new ReadOnlyObjectWrapper<>(this, "axis");
    private final ObservableList<ChannelLine> channels = FXCollections.observableArrayList();
    private final ObservableList<FlagLine> flags = FXCollections.observableArrayList();
    private final ObservableList<String> evidence = FXCollections.observableArrayList();

    private final Exploration exploration;
    private final StoreHealth health;
    private final Supplier<GraphStore> store;
    private final SearchViewModel firstSearch;
    private final SearchViewModel secondSearch;
    private TaskHandle asking = TaskHandle.DONE;

    public ParallelChannelsViewModel(Exploration exploration, StoreHealth health, Supplier<GraphStore> store) {
        this.exploration = exploration;
        this.health = health;
        this.store = store;
        // A party picked by name asks at once when the other is known: typing the second name is the question.
        this.firstSearch = new SearchViewModel(exploration::graph, node -> pick(first, node));
        this.secondSearch = new SearchViewModel(exploration::graph, node -> pick(second, node));
        // The boxes show who was picked, however: typed, from a node's menu, or swapped.
        first.addListener((obs, old, now) -> firstSearch.queryProperty().set(now == null ? "" : now.name()));
        second.addListener((obs, old, now) -> secondSearch.queryProperty().set(now == null ? "" : now.name()));
    }

    public ObjectProperty<GraphNode> firstProperty() {
        return first;
    }

    public ObjectProperty<GraphNode> secondProperty() {
        return second;
    }

    /** Picks the first party by name. */
    public SearchViewModel firstSearch() {
        return firstSearch;
    }

    public SearchViewModel secondSearch() {
        return secondSearch;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What the data cannot say (no hand-over can be shown, no office dated…), one sentence a line. */
    public ReadOnlyStringProperty limitsProperty() {
        return limits.getReadOnlyProperty();
    }

    /** The axis the channels' bars lie on; null before an answer. */
    public ReadOnlyObjectProperty<YearAxis> axisProperty() {
        return axis.getReadOnlyProperty();
    }

    public ObservableList<ChannelLine> getChannels() {
        return channels;
    }

    public ObservableList<FlagLine> getFlags() {
        return flags;
    }

    /** The evidence of the channel or flag picked last, a line each. */
    public ObservableList<String> getEvidence() {
        return evidence;
    }

    // Commands

    /**
     * From a node's menu: an actor or organization becomes the first party (and the second waits to be
     * picked, unless another node is selected with it); a channel asks about the parties it connects.
     */
    public void startFrom(String nodeId) {
        GraphNode node = exploration.graph().node(nodeId).orElse(null);
        if (node == null) {
            return;
        }
        if (node.kind() == NodeKind.CHANNEL) {
            List<GraphNode> parties = ParallelLines.partiesOf(exploration.graph(), nodeId);
            if (parties.size() < 2) {
                clearAnswer();
                message.set(node.name() + " connects fewer than two parties in the data: pick them by name.");
                return;
            }
            first.set(parties.get(0));
            second.set(parties.get(1));
            ask();
            return;
        }
        first.set(node);
        Optional<GraphNode> other = exploration.selection().stream().filter(id -> !id.equals(nodeId)).findFirst()
                .flatMap(id -> exploration.graph().node(id));
        if (exploration.selection().size() == 2 && other.isPresent()) {
            second.set(other.get());
            ask();
        } else {
            second.set(null);
            clearAnswer();
            message.set("Channels with " + node.name() + ": type the other party's name.");
        }
    }

    private void pick(ObjectProperty<GraphNode> party, GraphNode node) {
        party.set(node);
        if (first.get() != null && second.get() != null) {
            ask();
        }
    }

    /** Asks about two parties picked together (the node menu's "Channels with" submenu). */
    public void between(String firstId, String secondId) {
        Optional<GraphNode> a = exploration.graph().node(firstId);
        Optional<GraphNode> b = exploration.graph().node(secondId);
        if (a.isEmpty() || b.isEmpty()) {
            return;
        }
        first.set(a.get());
        second.set(b.get());
        ask();
    }

    public void swap() {
        GraphNode was = first.get();
        first.set(second.get());
        second.set(was);
        if (first.get() != null && second.get() != null) {
            ask();
        }
    }

    public void ask() {
        GraphNode a = first.get();
        GraphNode b = second.get();
        String refusal = PartiesCheck.refusal(a, b, exploration);
        if (refusal != null) {
            message.set(refusal);
            return;
        }
        asking.cancel();
        LoadedGraph scene = SceneGraph.of(exploration);
        GraphFilter filter = exploration.filter();
        GraphStore opened = store.get();
        busy.set(true);
        message.set("Looking for the channels between " + a.name() + " and " + b.name() + "…");
        asking = health.query(() -> ParallelLines.of(scene, ParallelChannels.between(scene, filter, a.id(), b.id()),
                filter.years(), opened), this::show, problem -> {
                    busy.set(false);
                    message.set("The channels could not be read: " + problem.getMessage());
                });
    }

    /** Selects the channel and highlights it, its participants and exchanges; shows its evidence. */
    public void showChannel(ChannelLine line) {
        if (line == null) {
            return;
        }
        evidence.setAll(line.evidence());
        exploration.highlight(HighlightSource.PARALLEL_CHANNELS, line.ids());
        if (exploration.visible().nodeIds().contains(line.channelId())) {
            exploration.focusOn(line.channelId());
        }
    }

    /** Highlights what a flag rests on and shows its quotes. */
    public void showFlag(FlagLine line) {
        if (line == null) {
            return;
        }
        evidence.setAll(line.evidence());
        exploration.highlight(HighlightSource.PARALLEL_CHANNELS, line.ids());
    }

    public void clear() {
        asking.cancel();
        busy.set(false);
        clearAnswer();
        message.set("");
    }

    private void clearAnswer() {
        channels.clear();
        flags.clear();
        evidence.clear();
        limits.set("");
        axis.set(null);
        exploration.highlight(HighlightSource.PARALLEL_CHANNELS, Set.of());
    }

    private void show(ParallelLines answer) {
        busy.set(false);
        axis.set(answer.axis());
        channels.setAll(answer.channels());
        flags.setAll(answer.flags());
        evidence.clear();
        limits.set(String.join("\n", answer.answer().limits()));
        message.set(answer.summary());
        exploration.highlight(HighlightSource.PARALLEL_CHANNELS, answer.channels().stream()
                .flatMap(c -> c.ids().stream()).collect(Collectors.toSet()));
    }
}
