package org.backchannel.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code backchannel import FILE} end to end, on a real embedded store in a temporary home. */
class ImportCommandIT {

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void aBadFileIsRefusedWithWhereAndWhatBeforeAnyStoreStarts() throws IOException {
        Path bad = home.resolve("bad.json");
        Files.writeString(bad, "{\n  \"format\": \"backchannel-dataset/1\",\n  \"title\": \"x\",\n  \"sources\": [],\n"
                + "  \"nodes\": [{\"id\": \"a\", \"kind\": \"spy\", \"name\": \"A\", \"citations\": []}],\n  \"links\": []\n}\n");

        int exit = run(bad);

        assertThat(exit).isEqualTo(ImportCommand.REFUSED);
        assertThat(err.toString()).contains("bad.json:5:", "/nodes/0/kind", "unknown kind \"spy\"", "the store is unchanged");
        assertThat(home.resolve("neo4j")).doesNotExist();
    }

    @Test
    void aGoodFileIsImportedAndImportingItAgainChangesNothing() throws IOException {
        Path dataset = home.resolve("dataset.json");
        Files.writeString(dataset, """
                {
                  "format": "backchannel-dataset/1",
                  "title": "Two people",
                  "sources": [{"id": "ck", "kind": "common-knowledge", "title": "Common knowledge"}],
                  "nodes": [
                    {"id": "a", "kind": "actor", "category": "person", "name": "A", "citations": [{"source": "ck", "quote": "A exists."}]},
                    {"id": "b", "kind": "actor", "category": "person", "name": "B", "citations": [{"source": "ck", "quote": "B exists."}]},
                    {"id": "c", "kind": "channel", "channelType": "back-channel", "secrecy": "secret", "name": "C",
                     "citations": [{"source": "ck", "quote": "C exists."}]}
                  ],
                  "links": [
                    {"id": "ab", "type": "spoke-with", "from": "a", "to": "b", "channel": "c", "date": "1970",
                     "citations": [{"source": "ck", "quote": "A spoke with B."}]}
                  ]
                }
                """);

        assertThat(run(dataset)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("3 nodes, 1 links, 1 sources", "The store was updated.");

        out.getBuffer().setLength(0);
        assertThat(run(dataset)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("nothing changed");
    }

    private int run(Path file) {
        CommandLine command = new CommandLine(new ImportCommand(Map.of("BACKCHANNEL_HOME", home.toString())));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(file.toString());
    }
}
