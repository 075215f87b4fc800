package org.backchannel.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.measures.MeasuresCsv;
import org.backchannel.measures.NodeMeasures;
import org.backchannel.measures.SceneMeasures;
import org.backchannel.store.GraphFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code backchannel measures}: degree, betweenness, PageRank and community of every node of the scene,
 * ranked, printed as a table and written whole as CSV with {@code --csv}.
 */
@Command(name = "measures", mixinStandardHelpOptions = true,
        description = {"Degree, betweenness, PageRank and communities of the scene, ranked.",
                "Example: measures --sort betweenness --top 10 --csv measures.csv"},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:answered", "1:bad option or the file could not be written", "3:the store could not be reached"})
public final class MeasuresCommand extends SceneCommand {

    /** What the table is ranked by. */
    enum Sort { DEGREE, BETWEENNESS, PAGERANK }

    @Option(names = "--sort", defaultValue = "degree", description = "degree, betweenness or pagerank (default ${DEFAULT-VALUE})")
    private String sort;

    @Option(names = "--top", defaultValue = "20", description = "how many rows to print (default ${DEFAULT-VALUE}); the CSV has all")
    private int top;

    @Option(names = "--csv", paramLabel = "FILE", description = "write every row as CSV")
    private Path csv;

    public MeasuresCommand() {
        this(System.getenv());
    }

    public MeasuresCommand(Map<String, String> environment) {
        super(environment);
    }

    @Override
    int answer(LoadedGraph scene, GraphFilter filter, StoreEvidence evidence, PrintWriter out, PrintWriter err) {
        Sort order;
        try {
            order = Sort.valueOf(sort.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("Bad option: --sort must be degree, betweenness or pagerank.");
            return 1;
        }
        List<NodeMeasures> rows = new ArrayList<>(SceneMeasures.of(scene, filter));
        rows.sort(comparator(order).thenComparing(NodeMeasures::nodeId));
        out.printf("%-40s %7s %12s %10s %10s%n", "node", "degree", "betweenness", "PageRank", "community");
        rows.stream().limit(Math.max(0, top)).forEach(r -> out.printf(Locale.ROOT, "%-40s %7d %12.5f %10.5f %10d%n",
                r.name().length() > 40 ? r.name().substring(0, 39) + "…" : r.name(), r.degree(), r.betweenness(),
                r.pageRank(), r.community()));
        if (csv != null) {
            try {
                Files.write(csv, MeasuresCsv.lines(rows), StandardCharsets.UTF_8);
                out.printf("Wrote %s: %d rows.%n", csv, rows.size());
            } catch (IOException e) {
                err.println("Could not write " + csv + ": " + e.getMessage());
                return 1;
            }
        }
        return 0;
    }

    private static Comparator<NodeMeasures> comparator(Sort order) {
        return switch (order) {
            case DEGREE -> Comparator.comparingInt(NodeMeasures::degree).reversed();
            case BETWEENNESS -> Comparator.comparingDouble(NodeMeasures::betweenness).reversed();
            case PAGERANK -> Comparator.comparingDouble(NodeMeasures::pageRank).reversed();
        };
    }
}
