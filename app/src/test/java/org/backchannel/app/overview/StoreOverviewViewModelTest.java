package org.backchannel.app.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.backchannel.app.task.SameThreadTasks;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.store.StoreSummary;
import org.backchannel.store.StoreUnavailableException;
import org.junit.jupiter.api.Test;

/** The overview's behaviour, without a toolkit: JavaFX properties work without a running platform. */
class StoreOverviewViewModelTest {

    @Test
    void anUnreachableStoreShowsItsMessageAndLeavesTheScreenUsable() {
        AtomicInteger attempts = new AtomicInteger();
        StoreOverviewViewModel viewModel = new StoreOverviewViewModel(new SameThreadTasks(), () -> {
            attempts.incrementAndGet();
            throw new StoreUnavailableException("Cannot reach Neo4j at bolt://db.example:7687: connection refused.");
        }, () -> {
            throw new AssertionError("nothing is seeded when the store cannot be opened");
        });

        viewModel.open();

        assertThat(viewModel.errorProperty().get()).isEqualTo("Cannot reach Neo4j at bolt://db.example:7687: connection refused.");
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.getNodeCounts()).isEmpty();

        viewModel.open();
        assertThat(attempts).hasValue(2);
    }

    @Test
    void anUnexpectedFailureIsReportedInPlainWordsToo() {
        StoreOverviewViewModel viewModel = new StoreOverviewViewModel(new SameThreadTasks(), () -> {
            throw new IllegalStateException("boom");
        }, () -> null);

        viewModel.open();

        assertThat(viewModel.errorProperty().get()).startsWith("Backchannel could not open the store").contains("boom");
    }

    @Test
    void countsListEveryKindAndEveryLinkTypeWithTotalsLast() {
        StoreSummary summary = new StoreSummary(
                Map.of(NodeKind.ACTOR, 23L, NodeKind.CHANNEL, 10L),
                Map.of(LinkType.SPOKE_WITH, 12L));

        List<CountRow> nodes = CountRow.nodeRows(summary);
        List<CountRow> links = CountRow.linkRows(summary);

        assertThat(nodes).hasSize(NodeKind.values().length + 1);
        assertThat(nodes).contains(new CountRow("Actors", 23, false), new CountRow("Outcomes", 0, false));
        assertThat(nodes.get(nodes.size() - 1)).isEqualTo(new CountRow("Nodes in all", 33, true));
        assertThat(links).hasSize(LinkType.values().length + 1);
        assertThat(links.get(0)).isEqualTo(new CountRow("spoke-with", 12, false));
        assertThat(links.get(links.size() - 1)).isEqualTo(new CountRow("Links in all", 12, true));
    }

    @Test
    void switchingStoresOpensTheNewOneAndReportsItsOwnProblem() {
        StoreOverviewViewModel viewModel = new StoreOverviewViewModel(new SameThreadTasks(), () -> {
            throw new StoreUnavailableException("first store down");
        }, () -> null);
        viewModel.open();
        assertThat(viewModel.errorProperty().get()).isEqualTo("first store down");

        viewModel.switchTo(() -> {
            throw new StoreUnavailableException("Neo4j at bolt://other:7687 refused the username \"neo4j\" or its password.");
        });

        assertThat(viewModel.errorProperty().get()).contains("bolt://other:7687", "refused");
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.storeProperty().get()).isNull();
    }
}
