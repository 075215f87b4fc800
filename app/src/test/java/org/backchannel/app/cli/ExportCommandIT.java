package org.backchannel.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code backchannel export} end to end, without a display, on a real embedded store in a temporary home. */
class ExportCommandIT {

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void exportsTheBackChannelOfTheDetenteYearsAsPngAndSvgTheSameWayEveryTime() throws IOException {
        Path png = home.resolve("figure.png");
        Path svg = home.resolve("figure.svg");
        Path again = home.resolve("again.svg");

        assertThat(run("--out", png.toString(), "--channel-type", "back-channel", "--era", "1969-1977", "--width", "1200", "--scale", "2"))
                .as(err.toString()).isZero();
        assertThat(run("--out", svg.toString(), "--channel-type", "back-channel", "--era", "detente")).as(err.toString()).isZero();
        assertThat(run("--out", again.toString(), "--channel-type", "back-channel", "--era", "detente")).as(err.toString()).isZero();

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(2400);
        String drawing = Files.readString(svg);
        assertThat(drawing).startsWith("<?xml").contains("<svg");
        // A long name is wrapped on two lines, which follow each other in the file.
        assertThat(texts(drawing)).contains("Kissinger–Dobrynin back channel", "Henry Kissinger", "Anatoly Dobrynin",
                "Channels", "filters: Back channel; 1969–1979", "Source: Alistair Somerville").doesNotContain("\u2026");
        assertThat(drawing).doesNotContain("Joe Biden");
        assertThat(again).hasSameTextualContentAs(svg);
        assertThat(out.toString()).contains("Wrote " + png);

        // Sized by betweenness and coloured by community: the legend and the caption say so.
        Path sized = home.resolve("sized.svg");
        assertThat(run("--out", sized.toString(), "--channel-type", "back-channel", "--era", "detente", "--size-by", "betweenness",
                "--colour-by", "community")).as(err.toString()).isZero();
        assertThat(texts(Files.readString(sized))).contains("Size: betweenness", "(least)", "(most)", "Communities", " + ",
                "size: betweenness, colour: community");

        // The timeline chart of the same filtered graph, from the same store.
        Path timeline = home.resolve("timeline.svg");
        assertThat(run("--out", timeline.toString(), "--view", "timeline", "--channel-type", "back-channel", "--era", "detente"))
                .as(err.toString()).isZero();
        assertThat(Files.readString(timeline)).contains("<svg", "Henry Kissinger", "Anatoly Dobrynin", "a lane per actor",
                "filters: Back channel; 1969–1979", "Reading the timeline").doesNotContain("Joe Biden", "…");
    }

    @Test
    void aFocusExportShowsTheNeighbourhoodOfOneNode() throws IOException {
        Path svg = home.resolve("burns.svg");
        assertThat(run("--out", svg.toString(), "--focus", "william-burns", "--depth", "1", "--layout", "timeline"))
                .as(err.toString()).isZero();
        String texts = texts(Files.readString(svg));
        assertThat(texts).contains("William Burns", "Joe Biden");
        // In a crowded timeline a label may find no room; then the caption says so rather than cutting it.
        assertThat(texts.contains("Volodymyr Zelensky") || texts.contains("not labelled")).as(texts).isTrue();
    }

    @Test
    void badOptionsAreRefusedWithAPlainMessage() {
        assertThat(run("--out", home.resolve("x.png").toString(), "--channel-type", "backchanel")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown channel type \"backchanel\"", "back-channel");
        assertThat(run("--out", home.resolve("x.png").toString(), "--era", "1977-1969")).isEqualTo(2);
        assertThat(err.toString()).contains("ends before it starts");
        assertThat(run("--out", home.resolve("x.png").toString(), "--size-by", "eigenvector")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown size measure \"eigenvector\"", "betweenness", "pagerank");
        assertThat(run("--out", home.resolve("x.png").toString(), "--view", "map")).isEqualTo(1);
        assertThat(err.toString()).contains("--view must be network or timeline, not \"map\"");
    }

    /** The SVG's text elements in order, joined by spaces, so that a label's two lines read as its name. */
    private static String texts(String svg) {
        StringBuilder texts = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
        while (m.find()) {
            texts.append(m.group(1)).append(' ');
        }
        return texts.toString();
    }

    private int run(String... args) {
        CommandLine command = new CommandLine(new ExportCommand(Map.of("BACKCHANNEL_HOME", home.toString())));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }
}
