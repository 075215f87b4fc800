package org.backchannel.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backchannel.model.ChannelType;
import org.backchannel.model.YearRange;
import org.backchannel.session.Note;
import org.backchannel.session.Session;
import org.backchannel.session.SessionFiles;
import org.backchannel.session.SessionFilter;
import org.backchannel.session.SessionLayout;
import org.backchannel.session.StoreIdentity;
import org.backchannel.store.neo4j.Neo4jGraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code export --session} end to end on a real Neo4j holding the article: one embedded DBMS for the
 * class, reached as a server through {@code NEO4J_URI}, so that each export does not start its own.
 */
class SessionExportIT {

    private static final String BUNDLED_SESSION = "org/backchannel/data/sessions/back-channel-1969-1977.backchannel";
    private static final Instant SAVED = Instant.parse("2026-12-06T03:00:00Z");

    @TempDir
    static Path home;

    @RegisterExtension
    static final ArticleServer server = new ArticleServer();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void theBundledSessionRendersWithItsNotesAndWithoutWhatItHidesTheSameWayEveryTime() throws IOException {
        Path session = home.resolve("back-channel.backchannel");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(BUNDLED_SESSION)) {
            Files.copy(in, session);
        }
        Path svg = home.resolve("bundled.svg");
        Path again = home.resolve("again.svg");

        assertThat(run("--session", session.toString(), "--notes", "--out", svg.toString())).as(err.toString()).isZero();
        assertThat(run("--session", session.toString(), "--notes", "--out", again.toString())).as(err.toString()).isZero();

        String drawing = Files.readString(svg);
        assertThat(drawing).contains("Henry Kissinger", "Anatoly Dobrynin", "Kissinger–Dobrynin back channel",
                "filters: Back channel; 1969–1977", "Notes (an analyst&apos;s note is not from the sources)",
                "1. 1969–1977 · Kissinger–Dobrynin back channel · Henry Kissinger → Anatoly Dobrynin: “",
                "2. 1970 · Kissinger–Dobrynin back channel · Henry Kissinger → Anatoly Dobrynin: “",
                "Analyst&apos;s note: To check against", "3. Analyst&apos;s note on Henry Kissinger: National security adviser",
                "4. Analyst&apos;s note on the figure: The Kissinger–Dobrynin back channel");
        assertThat(drawing).as("the session hides the State Department").doesNotContain("U.S. Department of State");
        assertThat(again).hasSameTextualContentAs(svg);
        assertThat(err.toString()).as("every element of the session is in the store").doesNotContain("not in the store")
                .contains("This session was saved on the embedded store (database neo4j) and is opened on " + server.boltUri());
    }

    @Test
    void placedNodesKeepTheirPlacesMissingOnesAreNamedAndGivenOptionsWin() throws Exception {
        Session saved = new Session(SAVED, StoreIdentity.of("bolt://analyst:secret@elsewhere:7687", "neo4j", "old digest"),
                new Session.Scene(List.of("henry-kissinger", "anatoly-dobrynin", "richard-nixon", "kissinger-dobrynin-back-channel",
                        "nobody-here"), List.of("kissinger-spoke-with-dobrynin-1969-1977", "nixon-participates-in-kissinger-dobrynin-back-channel",
                        "no-such-link")),
                Map.of("anatoly-dobrynin", new Session.Position(-400, 0), "henry-kissinger", new Session.Position(400, 0)),
                Set.of("anatoly-dobrynin"), Set.of(), new SessionFilter(Set.of(ChannelType.BACK_CHANNEL), new YearRange(1969, 1977)),
                Set.of(), null, SessionLayout.FORCE, null, List.of(Note.onNode("nobody-here", "Gone from the store.", SAVED)));
        Path file = home.resolve("mine.backchannel");
        new SessionFiles().save(saved, file);
        Path svg = home.resolve("mine.svg");

        assertThat(run("--session", file.toString(), "--era", "1969-1972", "--out", svg.toString())).as(err.toString()).isZero();

        String drawing = Files.readString(svg);
        assertThat(labelX(drawing, "Anatoly Dobrynin")).as("placed on the left").isLessThan(labelX(drawing, "Henry Kissinger"));
        assertThat(drawing).as("the layout placed the one it had no place for").contains("Richard Nixon")
                .as("the era given on the command line wins, the session's channel type stays").contains("filters: Back channel; 1969–1972");
        assertThat(err.toString()).contains("1 node of the session is not in the store: nobody-here.",
                "1 link of the session is not in the store: no-such-link.", "1 note concerns elements the store no longer has",
                "This session was saved on bolt://elsewhere:7687 (database neo4j) and is opened on " + server.boltUri()
                        + " (database neo4j), which holds different data.");

        assertThat(run("--session", file.toString(), "--layout", "timeline", "--out", home.resolve("timeline.svg").toString()))
                .as(err.toString()).isZero();
        assertThat(err.toString()).contains("The session was laid out force; its positions and pins are not used for the timeline layout");
    }

    @Test
    void aBadSessionFileIsRefusedWithWhereAndNothingIsWritten() throws IOException {
        Path file = home.resolve("broken.backchannel");
        Files.writeString(file, "{\n  \"format\": \"backchannel-session/2\"\n}\n");
        Path png = home.resolve("never.png");

        assertThat(run("--session", file.toString(), "--out", png.toString())).isEqualTo(1);

        assertThat(err.toString()).contains("broken.backchannel:2:13: at /format:", "may come from a newer Backchannel");
        assertThat(png).doesNotExist();
    }

    @Test
    void theWholeArticleIsExportedWithNoLabelCutAndThePdfTextHoldsEveryLabelAndTheCaption() throws IOException {
        Path png = home.resolve("article.png");
        Path svg = home.resolve("article.svg");
        Path pdf = home.resolve("article.pdf");

        assertThat(run("--out", png.toString(), "--width", "2400")).as(err.toString()).isZero();
        assertThat(run("--out", svg.toString(), "--width", "2400")).as(err.toString()).isZero();
        assertThat(run("--out", pdf.toString(), "--page", "a4-landscape", "--notes")).as(err.toString()).isZero();

        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isEqualTo(2400);
        List<String> svgTexts = svgTexts(Files.readString(svg));
        assertThat(svgTexts).isNotEmpty().noneMatch(t -> t.contains("\u2026"));
        String digest;
        List<String> names;
        try (Neo4jGraphStore store = server.connect()) {
            digest = store.contentDigest();
            names = store.overview(org.backchannel.store.GraphFilter.ALL, org.backchannel.exploration.SceneCap.FOR_FIGURES)
                    .nodes().stream().map(n -> n.name().replaceAll("\\s+", " ").strip()).toList();
        }
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setEndPage(1);
            String figure = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(figure).contains("Backchannel · " + names.size() + " nodes, ", "Data: back-channel-to-moscow",
                    "store content sha256 " + digest.substring(0, 12), "Source: Alistair Somerville").doesNotContain("\u2026");
            Matcher leftOut = Pattern.compile("(\\d+) nodes? (?:is|are) not labelled").matcher(figure);
            int unlabelled = leftOut.find() ? Integer.parseInt(leftOut.group(1)) : 0;
            List<String> missing = names.stream().filter(name -> !figure.contains(name)).toList();
            assertThat(missing).as("labels missing from the PDF's text beyond those the caption says were left out")
                    .hasSizeLessThanOrEqualTo(unlabelled);
            assertThat(document.getNumberOfPages()).as("the numbered exchanges on a page of their own").isGreaterThan(1);
        }
    }

    @Test
    void aSessionBringsItsOwnSceneAndAnUnknownPageOrFormatIsRefusedBeforeAnythingIsWritten() {
        Path never = home.resolve("never.pdf");
        assertThat(run("--out", never.toString(), "--page", "a5")).isEqualTo(1);
        assertThat(err.toString()).contains("Bad option: unknown page \"a5\"", "letter-landscape");
        assertThat(run("--out", never.toString(), "--format", "tiff")).isEqualTo(1);
        assertThat(err.toString()).contains("unknown format \"tiff\": use png, svg or pdf");
        assertThat(never).doesNotExist();
        assertThat(run("--session", "any.backchannel", "--focus", "henry-kissinger", "--out", home.resolve("x.png").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("--focus and --session cannot be combined");
    }

    private static List<String> svgTexts(String svg) {
        List<String> texts = new java.util.ArrayList<>();
        Matcher m = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
        while (m.find()) {
            texts.add(m.group(1));
        }
        return texts;
    }

    /** Where a node's label is drawn in the SVG: its x, in page units. */
    private static double labelX(String svg, String label) {
        Matcher m = Pattern.compile("<text x=\"([-0-9.]+)\"[^>]*>" + Pattern.quote(label) + "</text>").matcher(svg);
        assertThat(m.find()).as(label + " is labelled").isTrue();
        return Double.parseDouble(m.group(1));
    }

    /**
     * The launcher as a user runs it, in a child JVM whose DISPLAY names an X server that is not there (an SSH
     * session's forwarded display that went away): a headless command never asks AWT for a display.
     */
    @Test
    void theExportCommandNeedsNoDisplayEvenWhenDisplayNamesAGoneServer() throws Exception {
        Path png = home.resolve("no-display.png");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), org.backchannel.app.Main.class.getName(),
                "export", "--channel-type", "back-channel", "--era", "detente", "--width", "400", "--out", png.toString());
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(server.environment(home));
        builder.environment().put("DISPLAY", ":1998");
        builder.environment().remove("WAYLAND_DISPLAY");
        Path stderr = home.resolve("no-display.err");
        Process child = builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(stderr.toFile()).start();

        assertThat(child.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).as("the command exits by itself").isTrue();
        String errors = Files.readString(stderr);
        assertThat(child.exitValue()).as(errors).isZero();
        assertThat(errors).doesNotContain("AWTError", "\tat ");
        assertThat(png).isNotEmptyFile();
    }

    private int run(String... args) {
        CommandLine command = new CommandLine(new ExportCommand(server.environment(home)));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }
}
