package org.backchannel.app.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.questions.SceneShortestPath;
import org.backchannel.questions.TimeRespectingPaths;
import org.backchannel.questions.TimedPath;
import org.backchannel.questions.TimedStep;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.GraphPath;
import org.backchannel.store.PathQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code backchannel paths --from A --to B}: who could have carried a message from one node to another,
 * step by step with dates and quotes. Shortest along exchanges by default, along any link with
 * {@code --any-link}; with {@code --time-respecting}, only paths in which every step may come no
 * earlier than the one before.
 */
@Command(name = "paths", mixinStandardHelpOptions = true,
        description = {"Who could have carried a message from one node to another.",
                "Nodes are named by id or by name (an exact name first, as search ranks them).",
                "Example: paths --from richard-nixon --to \"Anatoly Dobrynin\" --time-respecting"},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:a path was found", "1:no path, or an unknown or ambiguous id or name", "3:the store could not be reached"})
public final class PathsCommand extends SceneCommand {

    @Option(names = "--from", required = true, paramLabel = "ID|NAME", description = "where the message starts")
    private String fromText;

    @Option(names = "--to", required = true, paramLabel = "ID|NAME", description = "where it should arrive")
    private String toText;

    @Option(names = "--time-respecting", description = "every step no earlier than the one before (partial dates compared as spans)")
    private boolean timeRespecting;

    @Option(names = "--fewest-hops", description = "with --time-respecting: fewest steps rather than earliest arrival")
    private boolean fewestHops;

    @Option(names = "--any-link", description = "without --time-respecting: follow any link, not only exchanges")
    private boolean anyLink;

    @Option(names = "--max-hops", defaultValue = "6", description = "the most steps (1-" + PathQuery.MAX_HOPS + ", default ${DEFAULT-VALUE})")
    private int maxHops;

    public PathsCommand() {
        this(System.getenv());
    }

    public PathsCommand(Map<String, String> environment) {
        super(environment);
    }

    @Override
    int answer(LoadedGraph scene, GraphFilter filter, StoreEvidence evidence, PrintWriter out, PrintWriter err) {
        if (maxHops < 1 || maxHops > PathQuery.MAX_HOPS) {
            err.println("Bad option: --max-hops must be between 1 and " + PathQuery.MAX_HOPS + ".");
            return 1;
        }
        Optional<String> fromNode = nodeNamed(scene, fromText, "--from", err);
        Optional<String> toNode = fromNode.isEmpty() ? Optional.empty() : nodeNamed(scene, toText, "--to", err);
        if (toNode.isEmpty()) {
            return 1;
        }
        String fromId = fromNode.get();
        String toId = toNode.get();
        String from = scene.node(fromId).orElseThrow().name();
        String to = scene.node(toId).orElseThrow().name();
        if (timeRespecting) {
            TimeRespectingPaths.Goal goal = fewestHops ? TimeRespectingPaths.Goal.FEWEST_HOPS : TimeRespectingPaths.Goal.EARLIEST_ARRIVAL;
            Optional<TimedPath> path = TimeRespectingPaths.find(scene, filter, fromId, toId, goal, maxHops);
            if (path.isEmpty()) {
                out.printf("No time-respecting path from %s to %s within %d steps: no chain of dated exchanges or events"
                        + " in which each may come no earlier than the one before.%n", from, to, maxHops);
                return 1;
            }
            printTimed(scene, path.get(), from, to, goal, evidence, out);
            return 0;
        }
        SceneShortestPath.Links links = anyLink ? SceneShortestPath.Links.ANY_LINK : SceneShortestPath.Links.EXCHANGES_ONLY;
        Optional<GraphPath> path = SceneShortestPath.find(scene, filter, fromId, toId, links, maxHops);
        if (path.isEmpty()) {
            out.printf("No path from %s to %s within %d steps along %s.%n", from, to, maxHops,
                    anyLink ? "any link" : "exchanges (try --any-link)");
            return 1;
        }
        printShortest(scene, path.get(), evidence, out);
        return 0;
    }

    private static void printTimed(LoadedGraph scene, TimedPath path, String from, String to, TimeRespectingPaths.Goal goal,
                                   StoreEvidence evidence, PrintWriter out) {
        out.printf("Time-respecting path from %s to %s (%s): %d steps; the message may arrive from %s.%n", from, to,
                goal == TimeRespectingPaths.Goal.EARLIEST_ARRIVAL ? "earliest arrival" : "fewest steps", path.hops(),
                path.earliestArrival());
        int number = 1;
        for (TimedStep step : path.steps()) {
            out.printf("%2d. %s  %s %s %s  (%s)%n", number, step.link().span(), step.from().name(), way(step.link()), step.to().name(),
                    describe(step.link(), channelName(scene, step.link())));
            if (step.orderUncertain()) {
                out.printf("    order uncertain: the dates (%s, %s) do not say whether this came after step %d%n",
                        path.steps().get(number - 2).link().span(), step.link().span(), number - 1);
            }
            evidence.print(evidence.of(step.link()), "      ", out);
            number++;
        }
    }

    private static void printShortest(LoadedGraph scene, GraphPath path, StoreEvidence evidence, PrintWriter out) {
        out.printf("Shortest path from %s to %s: %d steps.%n", path.nodes().get(0).name(),
                path.nodes().get(path.nodes().size() - 1).name(), path.hops());
        for (int i = 0; i < path.hops(); i++) {
            GraphLink link = path.links().get(i);
            GraphNode a = path.nodes().get(i);
            GraphNode b = path.nodes().get(i + 1);
            out.printf("%2d. %s  %s %s %s  (%s)%n", i + 1, link.span(), a.name(), way(link), b.name(),
                    describe(link, channelName(scene, link)));
            evidence.print(evidence.of(link), "      ", out);
        }
    }

    /** "→" along the path; "↔" for a meeting, whose parties met together and which neither sent. */
    private static String way(GraphLink link) {
        return link.mutual() ? "↔" : "→";
    }

    private static String channelName(LoadedGraph scene, GraphLink link) {
        return link.channelId() == null ? null : scene.node(link.channelId()).map(GraphNode::name).orElse(link.channelId());
    }

    private static String describe(GraphLink link, String channel) {
        String role = link.role() == null ? "" : ", " + link.role();
        return link.typeName() + (channel == null ? "" : " through " + channel) + role;
    }
}
