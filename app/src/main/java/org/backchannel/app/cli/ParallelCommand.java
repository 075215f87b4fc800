package org.backchannel.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.questions.ChannelFlag;
import org.backchannel.questions.ChannelRow;
import org.backchannel.questions.ParallelAnswer;
import org.backchannel.questions.ParallelChannels;
import org.backchannel.questions.Tier;
import org.backchannel.store.GraphFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code backchannel parallel --between A B}: every channel between two parties on one time axis, front
 * against back, with the flags the data supports and the quotes behind each.
 */
@Command(name = "parallel", mixinStandardHelpOptions = true,
        description = {"Every channel between two parties, front against back, with parallel and bypass flags.",
                "Example: parallel --between united-states soviet-union --era 1969-1977 --out channels.png"},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:answered", "1:an unknown or ambiguous node, an unknown era, or the figure could not be written", "3:the store could not be reached"})
public final class ParallelCommand extends SceneCommand {

    @Option(names = "--between", required = true, arity = "2", paramLabel = "NODE",
            description = "the two parties, by id or name: actors, or states and organizations (their members' channels count)")
    private List<String> parties;

    @Option(names = "--out", paramLabel = "FILE", description = "also draw the answer as a figure: .svg gives SVG, .pdf PDF (A4 landscape),"
            + " anything else PNG")
    private Path figure;

    public ParallelCommand() {
        this(System.getenv());
    }

    public ParallelCommand(Map<String, String> environment) {
        super(environment);
    }

    @Override
    int answer(LoadedGraph scene, GraphFilter filter, StoreEvidence evidence, PrintWriter out, PrintWriter err) {
        Optional<String> first = nodeNamed(scene, parties.get(0), "--between", err);
        Optional<String> second = first.isEmpty() ? Optional.empty() : nodeNamed(scene, parties.get(1), "--between", err);
        if (second.isEmpty()) {
            return 1;
        }
        ParallelAnswer answer = ParallelChannels.between(scene, filter, first.get(), second.get());
        out.printf("Channels between %s and %s%s: %d%n", answer.first().name(), answer.second().name(),
                filter.years() == null ? "" : " (" + filter.years() + ")", answer.channels().size());
        TimeAxis axis = TimeAxis.over(answer.channels().stream().map(ChannelRow::span).toList(), filter.years());
        Tier tier = null;
        for (ChannelRow row : answer.channels()) {
            if (row.tier() != tier) {
                tier = row.tier();
                out.printf("%n%-8s %-40s %s%n", heading(tier), axis.header(), "channel");
            }
            GraphNode channel = row.channel();
            out.printf("         %s %s (%s, %s, %s%s)%n", axis.bar(row.span()), channel.name(), channel.channelType().code(),
                    channel.secrecy() == null ? "secrecy not given" : channel.secrecy().code(), row.span(),
                    row.spanFromExchanges() ? " from its exchanges" : "");
            out.printf("           participants: %s%n", row.participants().isEmpty() ? "none named"
                    : row.participants().stream().map(GraphNode::name).collect(Collectors.joining(", ")));
            for (GraphLink exchange : row.exchanges()) {
                out.printf("           exchange %s: %s — %s%n", exchange.span(), name(scene, exchange.fromId()), name(scene, exchange.toId()));
            }
        }
        out.printf("%nFlags: %d%n", answer.flags().size());
        for (ChannelFlag flag : answer.flags()) {
            out.printf("%n%s%s: %s%n", flag.kind(), flag.certain() ? "" : " (possible)", flag.summary());
            Set<String> printed = new HashSet<>();
            for (GraphNode node : flag.nodes()) {
                out.printf("    %s:%n", node.name());
                evidence.print(evidence.of(node), "      ", out, printed);
            }
            for (GraphLink link : flag.links()) {
                out.printf("    %s %s — %s%s:%n", link.typeName(), name(scene, link.fromId()), name(scene, link.toId()),
                        link.span().isDated() ? " (" + link.span() + ")" : "");
                evidence.print(evidence.of(link), "      ", out, printed);
            }
        }
        if (!answer.limits().isEmpty()) {
            out.printf("%nWhat the data cannot say:%n");
            answer.limits().forEach(limit -> out.printf("  - %s%n", limit));
        }
        if (figure != null) {
            try {
                out.printf("%n%s%n", ParallelFigure.write(answer, filter, figure));
            } catch (IOException | IllegalArgumentException e) {
                err.println("The figure was not written: " + e.getMessage());
                return 1;
            }
        }
        return 0;
    }

    private static String heading(Tier tier) {
        return switch (tier) {
            case FRONT -> "FRONT";
            case BACK -> "BACK";
            case UNKNOWN -> "UNTOLD";
        };
    }

    private static String name(LoadedGraph scene, String id) {
        return scene.node(id).map(GraphNode::name).orElse(id);
    }
}
