package org.backchannel.app.graphfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.backchannel.app.BundledDataset;
import org.backchannel.app.explorer.ExplorerPanes;
import org.backchannel.app.task.SameThreadTasks;
import org.backchannel.app.testing.OpenedPanes;
import org.backchannel.model.ChannelType;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.backchannel.store.GraphFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The graph file of what is on screen: filtered and hidden elements stay out, quotes come from the store. */
class GraphFileViewModelTest {

    @TempDir
    Path folder;

    private Dataset dataset;
    private ExplorerPanes panes;

    @BeforeEach
    void openTheArticle() throws Exception {
        dataset = BundledDataset.load();
        panes = OpenedPanes.of(dataset);
    }

    @Test
    void writesExactlyTheNodesAndLinksOnScreenWithTheirQuotes() throws Exception {
        panes.exploration().commands().apply(new GraphFilter(Set.of(ChannelType.BACK_CHANNEL), null));
        String hidden = panes.exploration().visible().nodeIds().iterator().next();
        panes.exploration().commands().hide(Set.of(hidden));
        Path file = folder.resolve("screen.graphml");

        panes.graphFile().write(file);

        String written = Files.readString(file);
        Set<String> onScreen = panes.exploration().visible().nodeIds();
        assertThat(count(written, "<node ")).isEqualTo(onScreen.size());
        assertThat(count(written, "<edge ")).isEqualTo(panes.exploration().visible().linkIds().size());
        assertThat(written).doesNotContain("<node id=\"" + hidden + "\"");
        GraphLink shown = panes.exploration().graph().links().stream()
                .filter(l -> panes.exploration().visible().linkIds().contains(l.id())).findFirst().orElseThrow();
        String quote = dataset.links().stream().filter(l -> l.id().equals(shown.id())).findFirst().orElseThrow()
                .citations().get(0).quote();
        assertThat(written).contains(xml(quote));
        assertThat(panes.graphFile().messageProperty().get()).startsWith("Wrote " + file + ": " + onScreen.size() + " nodes");
        assertThat(panes.graphFile().busyProperty().get()).isFalse();
    }

    @Test
    void csvWritesTheNodeAndLinkTablesBesideTheNameGiven() throws Exception {
        panes.graphFile().write(folder.resolve("screen.csv"));

        assertThat(Files.readAllLines(folder.resolve("screen-nodes.csv")).get(0)).startsWith("Id,Label,kind");
        assertThat(Files.readAllLines(folder.resolve("screen-links.csv")).get(0)).startsWith("Source,Target,Type,Id,Label");
        assertThat(folder.resolve("screen.csv")).doesNotExist();
    }

    @Test
    void withoutAStoreNothingIsWrittenAndItSaysWhy() {
        ExplorerPanes unopened = new ExplorerPanes(new SameThreadTasks());
        Path file = folder.resolve("nothing.graphml");

        unopened.graphFile().write(file);

        assertThat(file).doesNotExist();
        assertThat(unopened.graphFile().messageProperty().get()).isEqualTo("No store is open yet.");
    }

    private static long count(String text, String element) {
        return text.split(java.util.regex.Pattern.quote(element), -1).length - 1L;
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
