package org.backchannel.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.backchannel.testing.GuestNeo4j;
import picocli.CommandLine;

/** The commands run against someone else's Neo4j ({@code NEO4J_URI}), and what tells whether they changed it. */
final class GuestStores {

    private GuestStores() {
    }

    /** The output, error output and exit code of one command. */
    record Run(int exit, String out, String err) {
    }

    static Map<String, String> environment(GuestNeo4j server, Path home) {
        return Map.of("NEO4J_URI", server.uri("bolt").toString(), "NEO4J_PASSWORD", "unused", "BACKCHANNEL_HOME", home.toString());
    }

    static Run run(Function<Map<String, String>, Callable<Integer>> command, Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(command.apply(environment));
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int exit = line.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** The bundled article as a file with the source text it quotes next to it, as a user would import it. */
    static Path bundledDatasetFile(Path folder) throws IOException {
        Path file = folder.resolve("article.json");
        copy("back-channel-to-moscow.json", file);
        Files.createDirectories(folder.resolve("sources"));
        copy("sources/back-channel-to-moscow.txt", folder.resolve("sources/back-channel-to-moscow.txt"));
        return file;
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = GuestStores.class.getResourceAsStream("/org/backchannel/data/" + resource)) {
            Files.copy(in, to);
        }
    }

    /** Backchannel's indexes, constraints and stored degrees removed, as if another tool had written its data. */
    static void removeBackchannelsSchema(GuestNeo4j server) {
        server.dropIndexesAndConstraints();
        server.run("MATCH (n:Entity) REMOVE n.degree");
    }
}
