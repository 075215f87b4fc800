package org.backchannel.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.Instant;
import org.backchannel.model.Eras;
import org.backchannel.model.NamedEra;
import org.backchannel.model.NodeEncoding;
import org.backchannel.session.Session;
import org.backchannel.session.SessionFiles;
import org.backchannel.session.SessionFilter;
import org.backchannel.session.SessionLayout;
import org.backchannel.session.StoreIdentity;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code paths}, {@code parallel}, {@code explain}, {@code measures} and {@code export-graph} end to end on the article's data, in one
 * real embedded DBMS for the class that the commands reach through {@code NEO4J_URI} (ExportCommandIT runs commands on the
 * embedded store itself, whose first run imports the bundled dataset).
 */
class QuestionCommandsIT {

    @TempDir
    static Path home;

    @RegisterExtension
    static final ArticleServer server = new ArticleServer();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void parallelListsTheBackChannelAndTheHotlineSideBySideWithTheirFlagsAndQuotes() {
        assertThat(run(ParallelCommand::new, "--between", "united-states", "soviet-union", "--era", "1969-1977"))
                .as(err.toString()).isZero();
        String answer = out.toString();
        assertThat(answer).contains("FRONT", "Washington–Moscow hotline", "BACK", "Kissinger–Dobrynin back channel",
                "PARALLEL: Kissinger–Dobrynin back channel", "such as the hotline between Washington and Moscow",
                "BYPASS: 1970: Henry Kissinger", "What the data cannot say");
        assertThat(answer.indexOf("Washington–Moscow hotline")).isLessThan(answer.indexOf("Kissinger–Dobrynin back channel ("));
    }

    @Test
    void explainListsTheChainThroughTheBackChannelWithItsQuotes() {
        assertThat(run(ExplainCommand::new, "cienfuegos-base-abandoned-1970")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Kissinger–Dobrynin back channel (channel", "took part: Henry Kissinger",
                "exchange 1970: Henry Kissinger — Anatoly Dobrynin",
                "dissuading the Soviets from completing construction of a submarine base at Cienfuegos");
    }

    @Test
    void theTimeRespectingPathFromBidenToPutinGoesThroughBurnssNovember2021Visit() {
        assertThat(run(PathsCommand::new, "--from", "joe-biden", "--to", "vladimir-putin", "--time-respecting"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("Joe Biden → William Burns", "William Burns → Vladimir Putin", "2021-11",
                "visited Moscow on 2–3 November 2021", "order uncertain");
    }

    @Test
    void measuresRankTheSceneAndWriteEveryNodeAsCsv() throws Exception {
        Path csv = home.resolve("measures.csv");
        assertThat(run(MeasuresCommand::new, "--sort", "betweenness", "--top", "5", "--csv", csv.toString()))
                .as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("id,name,degree,betweenness,pagerank,community");
        String firstName = lines.get(1).split(",")[1].replace("\"", "");
        assertThat(out.toString().lines().skip(1).findFirst().orElseThrow()).startsWith(firstName);
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("\"henry-kissinger\""));
    }

    @Test
    void graphFilesHoldTheWholeSceneInEveryFormatWithChannelTypesAndQuotes() throws Exception {
        Path measures = home.resolve("scene.csv");
        assertThat(run(MeasuresCommand::new, "--csv", measures.toString())).as(err.toString()).isZero();
        long sceneNodes = Files.readAllLines(measures).size() - 1;
        Path graphml = home.resolve("scene.graphml");
        Path gexf = home.resolve("scene.gexf");
        Path csv = home.resolve("scene.csv");
        assertThat(run(GraphFileCommand::new, "--out", graphml.toString())).as(err.toString()).isZero();
        assertThat(run(GraphFileCommand::new, "--out", gexf.toString())).as(err.toString()).isZero();
        assertThat(run(GraphFileCommand::new, "--out", csv.toString())).as(err.toString()).isZero();
        String graphmlText = Files.readString(graphml);
        long graphmlLinks = count(graphmlText, "<edge ");
        assertThat(count(graphmlText, "<node ")).isEqualTo(sceneNodes);
        assertThat(count(Files.readString(gexf), "<node ")).isEqualTo(sceneNodes);
        assertThat(count(Files.readString(gexf), "<edge ")).isEqualTo(graphmlLinks);
        assertThat(out.toString()).contains("Wrote " + graphml + ": " + sceneNodes + " nodes, " + graphmlLinks + " links.",
                "scene-nodes.csv and " + home.resolve("scene-links.csv"));
        assertThat(graphmlText).contains("Henry Kissinger", "back-channel", "secret");
    }

    @Test
    void aGraphFileOfOneChannelTypeAndEraLeavesTheRestOut() throws Exception {
        Path graphml = home.resolve("detente.graphml");
        assertThat(run(GraphFileCommand::new, "--out", graphml.toString(), "--channel-type", "back-channel", "--era", "1969-1977"))
                .as(err.toString()).isZero();
        String text = Files.readString(graphml);
        assertThat(text).contains("Anatoly Dobrynin", "back-channel", "Cienfuegos").doesNotContain("Joe Biden");
        assertThat(run(GraphFileCommand::new, "--out", home.resolve("scene.txt").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("--format graphml, gexf or csv");
    }

    private static long count(String text, String element) {
        return text.split(java.util.regex.Pattern.quote(element), -1).length - 1L;
    }

    @Test
    void parallelTakesAnEraByItsNameInTheSessionAndDrawsTheBackChannelAndTheHotlineAsAnSvgFigure() throws Exception {
        NamedEra nixon = new NamedEra("Nixon years", 1969, 1974);
        Path session = home.resolve("nixon.backchannel");
        new SessionFiles().save(new Session(Instant.parse("2026-12-06T09:00:00Z"), new StoreIdentity(StoreIdentity.EMBEDDED, "neo4j", "any"),
                new Session.Scene(List.of(), List.of()), Map.of(), Set.of(), Set.of(), SessionFilter.NONE, Set.of(), null,
                SessionLayout.FORCE, null, List.of(), NodeEncoding.DEFAULT, Eras.DEFAULTS.with(nixon)), session);
        Path svg = home.resolve("channels.svg");

        assertThat(run(ParallelCommand::new, "--between", "united-states", "soviet-union", "--session", session.toString(),
                "--era", "nixon-years", "--out", svg.toString())).as(err.toString()).isZero();

        assertThat(out.toString()).contains("(" + nixon.years() + ")", "Wrote " + svg);
        String figure = Files.readString(svg);
        assertThat(figure).startsWith("<?xml").contains("Kissinger–Dobrynin back channel", "Washington–Moscow hotline",
                "Front channels", "Back channels", "parallel");
    }

    @Test
    void anEraNameNoListHoldsIsRefusedWithTheNamesThereAre() {
        assertThat(run(ParallelCommand::new, "--between", "united-states", "soviet-union", "--era", "nixon-years")).isEqualTo(1);
        assertThat(err.toString()).contains("no era is called \"nixon-years\"", "cold-war", "detente", "post-cold-war", "since-2014",
                "--session");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anUnknownNodeIsSaidPlainly() {
        assertThat(run(PathsCommand::new, "--from", "joe-biden", "--to", "nobody")).isEqualTo(1);
        assertThat(err.toString()).contains("No node has the id or name \"nobody\" (--to).");
    }

    @Test
    void theQuestionsTakeNamesAsWellAsIds() {
        assertThat(run(ParallelCommand::new, "--between", "United States", "soviet union")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Channels between United States and Soviet Union", "Washington–Moscow hotline");
        assertThat(run(ExplainCommand::new, "soviets dissuaded from completing the Cienfuegos submarine base")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("How Soviets dissuaded from completing the Cienfuegos submarine base (", "Kissinger–Dobrynin back channel");
    }

    private int run(Function<Map<String, String>, Callable<Integer>> command, String... args) {
        CommandLine line = new CommandLine(command.apply(server.environment(home)));
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }
}
