package org.backchannel.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.model.GraphNode;
import org.backchannel.model.NodeKind;
import org.junit.jupiter.api.Test;

/** Naming a node on the command line by id or by name, as the search box ranks names. */
class NodeArgumentTest {

    private static final GraphNode KISLYAK = actor("4:db:1", "Sergey Kislyak");
    private static final GraphNode LAVROV = actor("4:db:2", "Sergey Lávrov");
    private static final GraphNode SMITH = actor("4:db:3", "John Smith");
    private static final GraphNode OTHER_SMITH = actor("4:db:4", "John Smith");
    /** In the store, beyond the scene's cap. */
    private static final GraphNode FAR = actor("4:db:99", "Far Away");

    private final LoadedGraph scene = LoadedGraph.of(List.of(KISLYAK, LAVROV, SMITH, OTHER_SMITH), List.of());
    private final List<String> storeAsked = new ArrayList<>();
    private final Function<String, List<GraphNode>> store = text -> {
        storeAsked.add(text);
        return text.equalsIgnoreCase("far away") ? List.of(FAR) : List.of();
    };
    private final StringWriter err = new StringWriter();

    private static GraphNode actor(String id, String name) {
        return new GraphNode(id, NodeKind.ACTOR, name, List.of(), null, null, null, null, null, null, List.of());
    }

    private Optional<String> resolve(String text) {
        return NodeArgument.resolve(text, "--from", scene, store, new PrintWriter(err, true));
    }

    @Test
    void anIdIsTakenAsItIs() {
        assertThat(resolve(LAVROV.id())).contains(LAVROV.id());
        assertThat(storeAsked).isEmpty();
    }

    @Test
    void anExactNameWinsIgnoringCaseAndAccentsWithoutAskingTheStore() {
        assertThat(resolve("sergey lavrov")).contains(LAVROV.id());
        assertThat(storeAsked).isEmpty();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aNameThatBeginsOnlyOneNodesNameNamesIt() {
        assertThat(resolve("kisl")).contains(KISLYAK.id());
    }

    @Test
    void aNameThatFitsSeveralNodesIsRefusedListingTheCandidatesWithTheirIds() {
        assertThat(resolve("Sergey")).isEmpty();
        assertThat(err.toString()).contains("--from \"Sergey\" fits 2 nodes", "Sergey Kislyak  (actor, id " + KISLYAK.id() + ")",
                "Sergey Lávrov  (actor, id " + LAVROV.id() + ")");
    }

    @Test
    void twoNodesOfTheSameExactNameAreAmbiguousToo() {
        assertThat(resolve("John Smith")).isEmpty();
        assertThat(err.toString()).contains("fits 2 nodes", SMITH.id(), OTHER_SMITH.id());
    }

    @Test
    void theStoreIsAskedForWhatTheSceneLacksAndANodeOutsideTheSceneIsSaidToBe() {
        assertThat(resolve("Far Away")).isEmpty();
        assertThat(storeAsked).containsExactly("Far Away");
        assertThat(err.toString()).contains("Far Away (id " + FAR.id() + ")", "outside the best-connected nodes");
    }

    @Test
    void anUnknownNameSaysSo() {
        assertThat(resolve("Nobody")).isEmpty();
        assertThat(err.toString()).contains("No node has the id or name \"Nobody\" (--from).");
    }
}
