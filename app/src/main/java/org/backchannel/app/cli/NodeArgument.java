package org.backchannel.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.NameMatcher;
import org.backchannel.model.GraphNode;

/**
 * A node named on the command line by its id or by its name, so that someone else's database, whose ids are
 * the store's element ids ({@code 4:6f1c…:17}), can be asked about by the names its people have. Names are
 * matched as the search box and the path pickers match them ({@link NameMatcher}: case, accents and
 * punctuation aside, every word beginning a word of the name or an alias), an exact name first; the store
 * is asked too when the loaded scene holds no node of that exact name. A name that fits several nodes is
 * refused with the candidates and their ids, never guessed.
 */
final class NodeArgument {

    /** The most candidates listed for an ambiguous name. */
    static final int CANDIDATES = 10;

    private NodeArgument() {
    }

    /**
     * The id of the node {@code text} names among {@code scene}, or empty after saying on {@code err} why not:
     * no such node, several (listed with their ids), or one the store has outside the loaded scene.
     *
     * @param option      the option the text was given to, for the messages ({@code --from})
     * @param storeSearch the store's own name search (it finds what the scene cap left out)
     */
    static Optional<String> resolve(String text, String option, LoadedGraph scene, Function<String, List<GraphNode>> storeSearch,
                                    PrintWriter err) {
        if (scene.node(text).isPresent()) {
            return Optional.of(text);
        }
        Map<String, GraphNode> found = new LinkedHashMap<>();
        NameMatcher.search(scene.nodes(), text, CANDIDATES + 1).forEach(n -> found.put(n.id(), n));
        if (found.values().stream().noneMatch(n -> NameMatcher.isExact(n, text))) {
            storeSearch.apply(text).forEach(n -> found.putIfAbsent(n.id(), n));
        }
        List<GraphNode> exact = found.values().stream().filter(n -> NameMatcher.isExact(n, text)).toList();
        List<GraphNode> candidates = exact.isEmpty() ? new ArrayList<>(found.values()) : exact;
        if (candidates.isEmpty()) {
            err.printf("No node has the id or name \"%s\" (%s).%n", text, option);
            return Optional.empty();
        }
        if (candidates.size() > 1) {
            err.printf("%s \"%s\" fits %s nodes; give the whole name or the id:%n", option, text,
                    candidates.size() > CANDIDATES ? "more than " + CANDIDATES : String.valueOf(candidates.size()));
            candidates.stream().limit(CANDIDATES).forEach(n -> err.printf("  %s  (%s, id %s)%n", n.name(), kind(n), n.id()));
            return Optional.empty();
        }
        GraphNode node = candidates.get(0);
        if (scene.node(node.id()).isEmpty()) {
            err.printf("%s \"%s\" is %s (id %s), which the store holds outside the best-connected nodes this command loads,"
                    + " so no answer from them can reach it.%n", option, text, node.name(), node.id());
            return Optional.empty();
        }
        return Optional.of(node.id());
    }

    private static String kind(GraphNode node) {
        return node.kind() != null ? node.kind().label().toLowerCase(java.util.Locale.ROOT)
                : node.otherProperties().getOrDefault("labels", "other");
    }
}
