package org.backchannel.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backchannel.testing.ForeignCommunications.CABLES;
import static org.backchannel.testing.ForeignCommunications.ENCOUNTERS;
import static org.backchannel.testing.ForeignCommunications.PEOPLE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.backchannel.app.MainWindow;
import org.backchannel.app.cli.GuestStores.Run;
import org.backchannel.app.timeline.TimelineViewModel;
import org.backchannel.model.ChannelType;
import org.backchannel.perspective.LinkRole;
import org.backchannel.perspective.NodeRole;
import org.backchannel.perspective.Perspective;
import org.backchannel.perspective.PerspectiveFile;
import org.backchannel.perspective.PerspectiveProposal;
import org.backchannel.perspective.PerspectiveShelf;
import org.backchannel.perspective.PropertyRoles;
import org.backchannel.perspective.SchemaSample;
import org.backchannel.render.Palette;
import org.backchannel.render.timeline.ChartExchange;
import org.backchannel.store.ConnectedStore;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.neo4j.ConnectionSettings;
import org.backchannel.store.neo4j.Neo4jGraphStore;
import org.backchannel.store.neo4j.PerspectiveStore;
import org.backchannel.testing.ForeignCommunications;
import org.backchannel.testing.ForeignCommunications.Encounter;
import org.backchannel.testing.GuestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The command line over someone else's communications graph ({@link ForeignCommunications}) read
 * through a perspective, given as a file or kept for the store as the window keeps it: exports draw
 * the mapped names and channel types, the timeline chart lays out its exchanges, the question commands
 * walk its meetings by names or ids, an undated perspective says why {@code --era} does nothing, and the
 * database's digest and index list are the same afterwards. The window's timeline tab is tested here too,
 * on the same DBMS, rather than in a class of its own that would start another.
 */
class PerspectiveCommandsIT {

    @TempDir
    static Path home;

    private static GuestNeo4j server;
    private static Map<String, String> environment;
    private static List<Map<String, Object>> schemaBefore;
    private static String digestBefore;
    private static Perspective corrected;
    private static Path perspectiveFile;
    private static Map<String, String> idsByName;

    @BeforeAll
    static void someoneElsesCablesAndMeetingsAndAPerspectiveFile() throws Exception {
        server = GuestNeo4j.start(home.resolve("server"), GuestNeo4j.Options.WRITABLE);
        ForeignCommunications.seed(server);
        schemaBefore = server.schema();
        environment = GuestStores.environment(server, home);
        try (Neo4jGraphStore guest = guest()) {
            digestBefore = guest.contentDigest();
            SchemaSample schema = PerspectiveStore.sample(guest);
            corrected = corrected(PerspectiveProposal.propose(schema));
            idsByName = new TreeMap<>();
            PerspectiveStore.open(guest, schema, corrected, "the test").overview(GraphFilter.ALL, 100).nodes()
                    .forEach(n -> idsByName.put(n.name(), n.id()));
        }
        perspectiveFile = home.resolve("team-perspective.json");
        Files.write(perspectiveFile, new PerspectiveFile().write(corrected, new PerspectiveFile.Origin("bolt://elsewhere", "neo4j")));
    }

    /** Encounters are meetings between those who attended, which are official talks: what a user corrects in the dialog. */
    private static Perspective corrected(Perspective p) {
        Map<String, NodeRole> labels = new TreeMap<>(p.labels());
        labels.put("Encounter", NodeRole.EXCHANGE);
        Map<String, LinkRole> types = new TreeMap<>(p.relationshipTypes());
        types.put("ATTENDED", LinkRole.PARTY);
        Map<String, String> channels = new TreeMap<>(p.exchangeChannels());
        channels.put("Encounter", "meeting");
        Map<String, ChannelType> values = new TreeMap<>(p.channelTypes());
        values.put("meeting", ChannelType.OFFICIAL_TALKS);
        return new Perspective(labels, types, p.properties(), p.dateFormats(), values, channels);
    }

    @AfterAll
    static void nothingWasWritten() {
        if (server == null) {
            return;
        }
        try (Neo4jGraphStore guest = guest()) {
            assertThat(server.schema()).isEqualTo(schemaBefore);
            assertThat(guest.contentDigest()).isEqualTo(digestBefore);
        } finally {
            server.close();
        }
    }

    @Test
    void anExportThroughAPerspectiveFileDrawsTheMappedNamesChannelsAndOtherLabelsInThePerspectivesColours() throws Exception {
        Path svg = home.resolve("through-file.svg");
        // Another store's labels drawn first in this run must not change the colours the perspective gives.
        Palette.orderOtherLabels(List.of("Unrelated", "Topic"));

        Run export = GuestStores.run(ExportCommand::new, environment, "--perspective", perspectiveFile.toString(), "--out", svg.toString());

        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.err()).contains("Read through the perspective in " + perspectiveFile, "1 date did not parse");
        String drawing = Files.readString(svg);
        assertThat(drawing).contains(PEOPLE.toArray(String[]::new)).contains(ChannelType.OFFICIAL_TALKS.displayName(), "Sanctions");
        Palette.orderOtherLabels(corrected.labelsWith(NodeRole.OTHER));
        assertThat(drawing.toLowerCase(Locale.ROOT)).contains(String.format("#%06x", Palette.standard().otherFill("Topic")));
    }

    @Test
    void theTimelineChartOfAPerspectiveStoreLaysOutItsDatedExchanges() throws Exception {
        Path svg = home.resolve("timeline.svg");

        Run export = GuestStores.run(ExportCommand::new, environment, "--perspective", perspectiveFile.toString(),
                "--view", "timeline", "--channel-type", "official-talks", "--out", svg.toString());

        assertThat(export.exit()).as(export.err()).isZero();
        // A meeting whose date does not parse (31/02) has no place on a time axis.
        DateTimeFormatter dayFirst = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
        long datedMeetingPairs = ENCOUNTERS.stream().filter(e -> parses(dayFirst, e.date()))
                .mapToLong(e -> (long) e.attended().size() * (e.attended().size() - 1) / 2).sum();
        assertThat(export.out()).contains(datedMeetingPairs + " exchanges");
        assertThat(Files.readString(svg)).contains("Jared Kushner", "Sergey Gorkov", ChannelType.OFFICIAL_TALKS.displayName());
    }

    /**
     * The window on the same store, here so that no second DBMS starts: through the perspective kept for it,
     * its timeline tab lays out every dated cable and meeting at the day the perspective reads (epoch
     * milliseconds, day-first strings), meetings without an arrowhead, and leaves out the one that does not parse.
     */
    @Test
    void theWindowsTimelineTabShowsTheDatedExchangesAtThePerspectivesDates() throws Exception {
        Path kept = Files.createTempDirectory(home, "window");
        new PerspectiveShelf(kept).keep(new ConnectionSettings(server.uri("bolt"), "neo4j", "unused").safeUri(), "neo4j", corrected);
        ConnectionSettings settings = new ConnectionSettings(server.uri("bolt"), "neo4j", "unused");
        Stage stage = FxToolkit.registerPrimaryStage();
        MainWindow[] window = new MainWindow[1];
        FxToolkit.setupFixture(() -> {
            window[0] = new MainWindow(stage, () -> ConnectedStore.external(settings), kept);
            stage.show();
            window[0].open();
        });
        try {
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window[0].explorer().graphProperty().get() != null);
            new FxRobot().clickOn("Timeline chart");
            TimelineViewModel timeline = window[0].panes().timeline();
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> timeline.chartProperty().get() != null
                    && !timeline.chartProperty().get().exchanges().isEmpty());

            DateTimeFormatter dayFirst = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
            List<LocalDate> expected = new ArrayList<>();
            CABLES.forEach(c -> expected.add(c.sent()));
            List<LocalDate> meetings = new ArrayList<>();
            for (Encounter e : ENCOUNTERS) {
                if (parses(dayFirst, e.date())) {
                    int pairs = e.attended().size() * (e.attended().size() - 1) / 2;
                    meetings.addAll(Collections.nCopies(pairs, LocalDate.parse(e.date(), dayFirst)));
                }
            }
            expected.addAll(meetings);
            List<ChartExchange> drawn = timeline.chartProperty().get().exchanges();
            assertThat(drawn).allSatisfy(x -> assertThat(x.when().days()).isEqualTo(1));
            assertThat(drawn).extracting(x -> LocalDate.ofEpochDay(x.when().from())).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(drawn).filteredOn(ChartExchange::mutual).extracting(x -> LocalDate.ofEpochDay(x.when().from()))
                    .containsExactlyInAnyOrderElementsOf(meetings);
        } finally {
            FxToolkit.setupFixture(window[0]::close);
            FxToolkit.cleanupStages();
        }
    }

    @Test
    void thePerspectiveKeptForTheStoreIsUsedByTheQuestionCommands() throws Exception {
        Path kept = Files.createTempDirectory(home, "kept");
        new PerspectiveShelf(kept).keep(new ConnectionSettings(server.uri("bolt"), "neo4j", "unused").safeUri(), "neo4j", corrected);
        Map<String, String> keptHome = new TreeMap<>(environment);
        keptHome.put("BACKCHANNEL_HOME", kept.toString());

        // The store's element ids are no names for a user: a name is enough, an id still works, accents and case aside.
        Run paths = GuestStores.run(PathsCommand::new, keptHome, "--from", idsByName.get("Sergey Gorkov"), "--to", "sergey lavrov");
        Run ambiguous = GuestStores.run(PathsCommand::new, keptHome, "--from", "Sergey Gorkov", "--to", "Sergey");

        assertThat(paths.exit()).as(paths.err()).isZero();
        assertThat(paths.err()).contains("kept");
        assertThat(paths.out()).contains("Shortest path from Sergey Gorkov to Sergey Lávrov: 3 steps", "Jared Kushner", "Sergey Kislyak");
        // Along meetings the parties met; only the cable was sent one way.
        assertThat(paths.out()).contains("Sergey Gorkov ↔ Jared Kushner", "Jared Kushner ↔ Sergey Kislyak", "Sergey Kislyak → Sergey Lávrov");
        assertThat(ambiguous.exit()).isEqualTo(1);
        List<String> sergeys = idsByName.keySet().stream().filter(n -> n.startsWith("Sergey ")).toList();
        assertThat(ambiguous.err()).contains("--to \"Sergey\" fits " + sergeys.size() + " nodes");
        sergeys.forEach(n -> assertThat(ambiguous.err()).contains(n + "  (actor, id " + idsByName.get(n) + ")"));
    }

    @Test
    void withoutAPerspectiveOneIsProposedAndSaidSo() {
        Run status = GuestStores.run(StatusCommand::new, environment);

        assertThat(status.exit()).as(status.err()).isZero();
        assertThat(status.err()).contains("proposed from this database's schema", "--perspective FILE");
        assertThat(status.out()).containsPattern("actor\\s+" + PEOPLE.size());
    }

    @Test
    void anEraAskedOfAnUndatedPerspectiveSaysWhyItDoesNothing() throws Exception {
        PropertyRoles p = corrected.properties();
        Perspective undated = new Perspective(corrected.labels(), corrected.relationshipTypes(),
                new PropertyRoles(p.name(), List.of(), List.of(), List.of(), p.channelType(), p.secrecy(), p.quote(), p.source()),
                Map.of(), corrected.channelTypes(), corrected.exchangeChannels());
        Path file = home.resolve("undated.json");
        Files.write(file, new PerspectiveFile().write(undated, new PerspectiveFile.Origin("bolt://elsewhere", "neo4j")));

        Run export = GuestStores.run(GraphFileCommand::new, environment, "--perspective", file.toString(), "--era", "2016",
                "--out", home.resolve("undated.csv").toString());

        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.err()).contains("The era filter is off", "--era is ignored");
    }

    @Test
    void aMalformedPerspectiveFileIsRefusedNamingTheFile() throws Exception {
        Path bad = home.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"backchannel-perspective/1\", \"labels\": [}");

        Run export = GuestStores.run(ExportCommand::new, environment, "--perspective", bad.toString(), "--out", home.resolve("x.svg").toString());

        assertThat(export.exit()).isEqualTo(1);
        assertThat(export.err()).contains("bad.json");
        assertThat(home.resolve("x.svg")).doesNotExist();
    }

    private static boolean parses(DateTimeFormatter format, String date) {
        try {
            format.parse(date);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Neo4jGraphStore guest() {
        return Neo4jGraphStore.connect(new ConnectionSettings(server.uri("bolt"), "neo4j", "unused"));
    }
}
