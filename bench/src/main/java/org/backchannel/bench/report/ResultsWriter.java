package org.backchannel.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the results as {@code latest.md} (for people and docs/benchmarks.md) and {@code latest.json} (for tools). */
public final class ResultsWriter {

    private ResultsWriter() {
    }

    public static void write(Results results, Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("latest.md"), markdown(results), StandardCharsets.UTF_8);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("machine", results.machine());
        json.put("targets", results.targets().stream().map(t -> Map.of("figure", t.figure(), "target", t.target(),
                "measured", t.measured(), "verdict", t.verdict())).toList());
        json.put("tables", results.tables());
        json.put("notes", results.notes());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(folder.resolve("latest.json").toFile(), json);
    }

    public static String markdown(Results results) {
        StringBuilder md = new StringBuilder("# Benchmark results\n\n");
        results.machine().forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append("\n## Targets (issue #5)\n\n");
        appendTable(md, List.of("figure", "target", "measured", "verdict"), results.targets().stream()
                .map(t -> List.of(t.figure(), t.target(), t.measured(), t.verdict())).toList());
        for (Table table : results.tables()) {
            md.append("\n## ").append(table.title()).append("\n\n");
            if (!table.note().isEmpty()) {
                md.append(table.note()).append("\n\n");
            }
            appendTable(md, table.header(), table.rows());
        }
        if (!results.notes().isEmpty()) {
            md.append("\n## Notes\n\n");
            results.notes().forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    private static void appendTable(StringBuilder md, List<String> header, List<List<String>> rows) {
        md.append("| ").append(String.join(" | ", header)).append(" |\n");
        md.append("|").append(" --- |".repeat(header.size())).append('\n');
        for (List<String> row : rows) {
            md.append("| ").append(String.join(" | ", row).replace("\n", " ")).append(" |\n");
        }
    }
}
