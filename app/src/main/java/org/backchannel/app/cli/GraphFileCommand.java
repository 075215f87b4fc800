package org.backchannel.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.app.BundledDataset;
import org.backchannel.interchange.GraphFileScene;
import org.backchannel.interchange.GraphFiles;
import org.backchannel.interchange.GraphFormat;
import org.backchannel.store.ConnectedStore;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.StoreUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code backchannel export-graph --out scene.graphml …}: the scene as a graph file other tools open
 * (Gephi's "Export graph file", next to its image export), with kinds, channel types, dates and the
 * quote and source behind every element as attributes. The scene is chosen as for {@code export}.
 */
@Command(name = "export-graph", mixinStandardHelpOptions = true,
        description = {"Export the scene as GraphML or GEXF (Gephi, Cytoscape, yEd) or as CSV tables of nodes and links.",
                "Example: export-graph --out detente.graphml --channel-type back-channel --era 1969-1977",
                "CSV writes two tables beside each other: NAME-nodes.csv and NAME-links.csv."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:written", "1:bad option, unreadable session or the file could not be written",
                "3:the store could not be reached"})
public final class GraphFileCommand extends StoreCommand {

    @Option(names = "--out", required = true, description = "the file to write; its extension (.graphml, .gexf, .csv) gives the format")
    private Path out;

    @Option(names = "--format", paramLabel = "FORMAT", description = "graphml, gexf or csv, when the file name does not say")
    private String format;

    @Mixin
    private SceneSelection selection;

    public GraphFileCommand() {
        this(System.getenv());
    }

    public GraphFileCommand(Map<String, String> environment) {
        super(environment);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Optional<GraphFormat> chosen = format != null ? GraphFormat.ofName(format) : GraphFormat.ofFileName(out.getFileName().toString());
        if (chosen.isEmpty()) {
            err.println("Bad option: say the format with --format graphml, gexf or csv, or end the file name with one of them.");
            return 1;
        }
        if (!selection.ready(err)) {
            return 1;
        }
        GraphFilter filter = selection.filter();
        try (ConnectedStore connected = ConnectedStore.fromEnvironment(environment, appHome())) {
            if (!selection.through(connected, connected.seedIfEmpty(BundledDataset::load).summary(), appHome(), err)) {
                return 1;
            }
            Optional<LoadedGraph> graph = selection.load(connected, err);
            if (graph.isEmpty()) {
                return 1;
            }
            VisibleGraph visible = VisibleGraph.of(graph.get(), filter);
            StoreEvidence evidence = new StoreEvidence(connected.store());
            GraphFileScene scene = GraphFileScene.of(
                    graph.get().nodes().stream().filter(n -> visible.nodeIds().contains(n.id())).toList(),
                    graph.get().links().stream().filter(l -> visible.linkIds().contains(l.id())).toList(),
                    evidence::of, evidence::of);
            List<Path> written = GraphFiles.write(chosen.get(), scene, filter.describe(), out);
            spec.commandLine().getOut().printf("Wrote %s: %d nodes, %d links.%n",
                    String.join(" and ", written.stream().map(Path::toString).toList()), scene.nodes().size(), scene.links().size());
            return 0;
        } catch (StoreUnavailableException e) {
            err.println(e.getMessage());
            return UNAVAILABLE;
        } catch (IOException e) {
            err.println("Could not write " + out + ": " + e.getMessage());
            return 1;
        }
    }
}
