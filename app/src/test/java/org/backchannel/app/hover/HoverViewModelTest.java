package org.backchannel.app.hover;

import static org.assertj.core.api.Assertions.assertThat;

import org.backchannel.app.BundledDataset;
import org.backchannel.app.connection.Backoff;
import org.backchannel.app.connection.StoreHealth;
import org.backchannel.app.explorer.ExplorerPanes;
import org.backchannel.app.task.SameThreadTasks;
import org.backchannel.app.testing.InMemoryGraphStore;
import org.backchannel.model.Citation;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hover card's words, from the loaded outlines at once and the first quote from the store. */
class HoverViewModelTest {

    private static Dataset dataset;
    private final SameThreadTasks tasks = new SameThreadTasks();
    private final ExplorerPanes panes = new ExplorerPanes(new StoreHealth(tasks, Backoff.STANDARD));
    private HoverViewModel hover;

    @BeforeAll
    static void loadDataset() throws Exception {
        dataset = BundledDataset.load();
    }

    @BeforeEach
    void openTheStore() {
        panes.explorer().open(new InMemoryGraphStore(dataset));
        hover = panes.hover();
    }

    @Test
    void aLinkThroughAChannelShowsItsEndsTypeDateChannelAndFirstQuote() {
        GraphLink exchange = dataset.links().stream()
                .filter(l -> l.channelId() != null && l.span().isDated() && !l.citations().isEmpty()).findFirst().orElseThrow();

        hover.hoverLink(exchange.id());

        assertThat(hover.shownProperty().get()).isTrue();
        assertThat(hover.titleProperty().get()).isEqualTo(name(exchange.fromId()) + " \u2192 " + name(exchange.toId()));
        assertThat(hover.factsProperty().get()).startsWith(exchange.type().code().replace('-', ' '))
                .contains(exchange.span().toString()).contains("through " + name(exchange.channelId()));
        String first = exchange.citations().stream().map(Citation::quote).filter(q -> q != null && !q.isBlank()).findFirst().orElseThrow();
        assertThat(hover.quoteProperty().get()).isEqualTo("\u201c" + first.strip() + "\u201d");
    }

    @Test
    void aNodeShowsItsWholeNameHoweverLong() {
        GraphNode longest = dataset.nodes().stream().max(java.util.Comparator.comparingInt(n -> n.name().length())).orElseThrow();

        hover.hoverNode(longest.id());

        assertThat(hover.titleProperty().get()).isEqualTo(longest.name()).doesNotContain("\u2026");
        assertThat(hover.factsProperty().get()).startsWith(longest.kind().name().toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void leavingHidesTheCard() {
        hover.hoverNode(dataset.nodes().get(0).id());

        hover.clear();

        assertThat(hover.shownProperty().get()).isFalse();
        assertThat(hover.titleProperty().get()).isEmpty();
    }

    private static String name(String id) {
        return dataset.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow().name();
    }
}
