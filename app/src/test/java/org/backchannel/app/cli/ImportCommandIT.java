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
        assertThat(out.toString()).contains("as dataset dataset", "3 nodes, 1 links, 1 sources", "The store was updated");

        out.getBuffer().setLength(0);
        assertThat(run(dataset)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("nothing changed");
    }

    @Test
    void aSheetImportsBesideAJsonDatasetIsListedAndRemovedAgain() throws IOException {
        Path data = home.resolve("data");
        Files.createDirectories(data.resolve("sources"));
        for (String name : new String[] {"article-exchanges.csv", "article-exchanges.mapping.json", "sources/back-channel-to-moscow.txt"}) {
            try (var in = getClass().getClassLoader().getResourceAsStream("org/backchannel/data/" + name)) {
                Files.copy(in, data.resolve(name));
            }
        }
        Path sheet = data.resolve("article-exchanges.csv");
        assertThat(run(sheet)).isEqualTo(ImportCommand.REFUSED);
        assertThat(err.toString()).contains("--mapping", "--propose-mapping");

        assertThat(execute(new ImportCommand(environment()), sheet.toString(), "--mapping", data.resolve("article-exchanges.mapping.json").toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("as dataset article-exchanges", "The store was updated");

        out.getBuffer().setLength(0);
        assertThat(execute(new DatasetsCommand(environment()))).as(err.toString()).isZero();
        assertThat(out.toString()).contains("1 dataset(s)", "article-exchanges", "article-exchanges.csv");

        out.getBuffer().setLength(0);
        assertThat(execute(new RemoveCommand(environment()), "nowhere")).isEqualTo(ImportCommand.REFUSED);
        assertThat(execute(new RemoveCommand(environment()), "article-exchanges")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Removed dataset article-exchanges");
    }

    @Test
    void aMappingIsProposedFromTheHeaderRowWithoutAStore() throws IOException {
        Path sheet = home.resolve("notes.csv");
        Files.writeString(sheet, "Source;Target;When;Channel;Quote\nA;B;1970;Line;A met B\n");

        assertThat(execute(new ImportCommand(environment()), "--propose-mapping", sheet.toString())).isZero();

        assertThat(out.toString()).contains("\"from\" : \"Source\"", "\"to\" : \"Target\"", "\"date\" : \"When\"",
                "\"delimiter\" : \";\"");
        assertThat(home.resolve("neo4j")).doesNotExist();
    }

    @Test
    void aSheetWithoutQuotesGetsAProposalThatAsksForTheEvidenceToBeChosen() throws IOException {
        Path sheet = home.resolve("contacts.csv");
        Files.writeString(sheet, "From,To,Channel\nA,B,Line\n");

        assertThat(execute(new ImportCommand(environment()), "--propose-mapping", sheet.toString())).isZero();

        assertThat(out.toString()).contains("\"sources\" : [ ]").doesNotContain("rowsAreEvidence");
        assertThat(err.toString()).contains("evidence is yours to choose", "\"rowsAreEvidence\": true", "row N of contacts.csv");
    }

    private Map<String, String> environment() {
        return Map.of("BACKCHANNEL_HOME", home.toString());
    }

    private int execute(Object command, String... args) {
        CommandLine line = new CommandLine(command);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    private int run(Path file) {
        CommandLine command = new CommandLine(new ImportCommand(Map.of("BACKCHANNEL_HOME", home.toString())));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(file.toString());
    }
}
