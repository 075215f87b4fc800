package org.backchannel.app.cli;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.NodeKind;
import org.backchannel.questions.ChainStep;
import org.backchannel.questions.OutcomeChain;
import org.backchannel.questions.OutcomeChains;
import org.backchannel.store.GraphFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code backchannel explain ID}: for an outcome, the chains of {@code led-to} links that end at it;
 * for anything else, the outcomes it contributed to. Step by step, with who took part, dates and quotes.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"How an outcome came about, or what an actor or channel contributed to.",
                "Example: explain cienfuegos-base-abandoned-1970"},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:answered", "1:an unknown or ambiguous node, or no chain", "3:the store could not be reached"})
public final class ExplainCommand extends SceneCommand {

    @Parameters(index = "0", paramLabel = "NODE", description = "an outcome, or an actor, organization, channel or event: its id or name")
    private String node;

    @Option(names = "--max-length", defaultValue = "6", description = "the most led-to links in a chain (default ${DEFAULT-VALUE})")
    private int maxLength;

    @Option(names = "--limit", defaultValue = "20", description = "the most chains to list (default ${DEFAULT-VALUE})")
    private int limit;

    public ExplainCommand() {
        this(System.getenv());
    }

    public ExplainCommand(Map<String, String> environment) {
        super(environment);
    }

    @Override
    int answer(LoadedGraph scene, GraphFilter filter, StoreEvidence evidence, PrintWriter out, PrintWriter err) {
        if (maxLength < 1 || limit < 1) {
            err.println("Bad option: --max-length and --limit must be positive.");
            return 1;
        }
        Optional<String> named = nodeNamed(scene, this.node, "NODE", err);
        if (named.isEmpty()) {
            return 1;
        }
        String id = named.get();
        GraphNode node = scene.node(id).orElseThrow();
        OutcomeChains chains = new OutcomeChains(scene, maxLength, limit);
        boolean outcome = node.kind() == NodeKind.OUTCOME;
        List<OutcomeChain> found = outcome ? chains.leadingTo(id) : chains.contributionsOf(id);
        out.printf(outcome ? "How %s (%s) came about: %d chains%n" : "What %s (%s) contributed to: %d chains%n",
                node.name(), node.span(), found.size());
        if (found.isEmpty()) {
            out.println("Nothing in the data leads to it (no led-to link).");
            return 1;
        }
        int number = 1;
        for (OutcomeChain chain : found) {
            out.printf("%nChain %d: %d led-to link(s), %d source citation(s)%n", number++, chain.length(), chain.evidence());
            int step = 1;
            Set<String> printed = new HashSet<>();
            for (ChainStep s : chain.steps()) {
                printStep(scene, step++, s, evidence, out, printed);
            }
        }
        return 0;
    }

    private static void printStep(LoadedGraph scene, int number, ChainStep step, StoreEvidence evidence, PrintWriter out,
                                  Set<String> printed) {
        GraphNode node = step.node();
        out.printf("%2d. %s (%s, %s)%n", number, node.name(), node.kind().code(), node.span());
        for (GraphLink taking : step.takingPart()) {
            out.printf("      took part: %s%s%n", name(scene, taking.fromId()), taking.role() == null ? "" : " (" + taking.role() + ")");
        }
        for (GraphLink exchange : step.exchanges()) {
            out.printf("      exchange %s: %s — %s%n", exchange.span(), name(scene, exchange.fromId()), name(scene, exchange.toId()));
            evidence.print(evidence.of(exchange), "        ", out, printed);
        }
        if (step.ledTo() != null) {
            out.printf("    led to %s%s:%n", name(scene, step.ledTo().toId()),
                    step.ledTo().span().isDated() ? " (" + step.ledTo().span() + ")" : "");
            evidence.print(evidence.of(step.ledTo()), "        ", out, printed);
        }
    }

    private static String name(LoadedGraph scene, String id) {
        return scene.node(id).map(GraphNode::name).orElse(id);
    }
}
