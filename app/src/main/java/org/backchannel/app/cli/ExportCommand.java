package org.backchannel.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.app.BundledDataset;
import org.backchannel.app.export.ExportFormat;
import org.backchannel.app.export.ExportScope;
import org.backchannel.app.export.Figure;
import org.backchannel.app.export.FigureNotes;
import org.backchannel.app.export.Provenance;
import org.backchannel.app.export.TimelineFigure;
import org.backchannel.app.graph.LayoutFactory;
import org.backchannel.app.graph.LayoutRunner;
import org.backchannel.exploration.LayoutMode;
import org.backchannel.layout.DrawingLayout;
import org.backchannel.model.NodeEncoding;
import org.backchannel.model.Source;
import org.backchannel.render.Annotation;
import org.backchannel.render.ExportOptions;
import org.backchannel.render.Palette;
import org.backchannel.render.PdfPage;
import org.backchannel.render.SceneExporter;
import org.backchannel.render.timeline.LaneMode;
import org.backchannel.render.timeline.TimelineExporter;
import org.backchannel.session.Session;
import org.backchannel.store.ConnectedStore;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.GraphStore;
import org.backchannel.store.StoreUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code backchannel export --out figure.png …}: the figure the app would export, without a display.
 * It loads from the store as the app does, lays the graph out with the app's layout and seed, and
 * paints with the same code.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the graph (or part of it) as PNG, SVG or PDF, without a display.",
                "Example: export --out figure.pdf --page a4-landscape --channel-type back-channel --era 1969-1977 --notes",
                "A saved session re-renders as the same figure: export --session view.backchannel --out figure.png --notes",
                "The timeline chart of the same nodes and links: export --view timeline --out timeline.png",
                "Nodes sized by betweenness and coloured by community: export --out figure.pdf --size-by betweenness --colour-by community"},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:written", "1:bad option, unreadable session or the file could not be written",
                "3:the store could not be reached"})
public final class ExportCommand extends StoreCommand {

    @Option(names = "--out", required = true, description = "the file to write; without --format, .svg gives SVG, .pdf PDF, anything else PNG")
    private Path out;

    @Option(names = "--format", paramLabel = "FORMAT", description = "png, svg or pdf (default: from the --out file's extension)")
    private String format;

    @Option(names = "--page", paramLabel = "PAGE", defaultValue = "a4-landscape",
            description = "the PDF's paper: a4 or letter, -portrait or -landscape (default ${DEFAULT-VALUE})")
    private String page;

    @Option(names = "--width", defaultValue = "2400", description = "image width in pixels (default ${DEFAULT-VALUE})")
    private int width;

    @Option(names = "--scale", defaultValue = "1", description = "PNG pixels per pixel, 1-4, for print (default ${DEFAULT-VALUE})")
    private int scale;

    @Option(names = "--transparent", description = "transparent background (PNG)")
    private boolean transparent;

    @Option(names = "--link-labels", description = "write each link's type and date on it")
    boolean linkLabels;

    @Option(names = "--no-legend", description = "leave the legend out")
    private boolean noLegend;

    @Option(names = "--layout", defaultValue = "force", description = "force or timeline (default ${DEFAULT-VALUE})")
    private String layout;

    @Option(names = "--view", defaultValue = "network", paramLabel = "VIEW",
            description = "network (the graph) or timeline (the timeline chart of the same nodes and links) (default ${DEFAULT-VALUE})")
    private String view;

    @Option(names = "--lanes", defaultValue = "actors", paramLabel = "LANES",
            description = "with --view timeline: a lane per actor, channel or state: actors, channels or states (default ${DEFAULT-VALUE})")
    private String lanes;

    @Mixin
    private SceneSelection selection;

    @Mixin
    private NodeLookOptions nodeLook;

    @Option(names = "--notes", description = "number each exchange shown and list it with its date, channel and quote (a PDF on a page "
            + "of its own); with --session the analyst's notes are numbered and listed too, marked as the analyst's")
    private boolean notes;

    public ExportCommand() {
        this(System.getenv());
    }

    public ExportCommand(Map<String, String> environment) {
        super(environment);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!selection.ready(err)) {
            return 1;
        }
        Session session = selection.session().orElse(null);
        ExportOptions options;
        LayoutMode mode;
        ExportFormat fileFormat;
        PdfPage paper;
        LaneMode laneMode;
        boolean timeline;
        try {
            timeline = switch (view.toLowerCase(Locale.ROOT)) {
                case "network" -> false;
                case "timeline" -> true;
                default -> throw new IllegalArgumentException("--view must be network or timeline, not \"" + view + "\"");
            };
            laneMode = java.util.Arrays.stream(LaneMode.values()).filter(m -> m.name().equalsIgnoreCase(lanes)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("--lanes must be actors, channels or states, not \"" + lanes + "\""));
            if (timeline && notes) {
                throw new IllegalArgumentException("--notes numbers the exchanges of the network figure; the timeline chart does not show them");
            }
            options = new ExportOptions(width, scale, transparent, !noLegend, List.of());
            fileFormat = format == null ? ExportFormat.ofFile(out) : ExportFormat.parse(format);
            paper = PdfPage.parse(page);
            boolean layoutGiven = spec.commandLine().getParseResult().hasMatchedOption("--layout");
            // A session's layout (force, timeline) names one of the app's modes.
            mode = session != null && !layoutGiven ? LayoutMode.valueOf(session.layout().name())
                    : LayoutMode.valueOf(layout.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("Bad option: " + e.getMessage());
            return 1;
        }
        GraphFilter filter = selection.filter();
        try (ConnectedStore connected = ConnectedStore.fromEnvironment(environment, appHome())) {
            if (!selection.through(connected, connected.seedIfEmpty(BundledDataset::load).summary(), appHome(), err)) {
                return 1;
            }
            GraphStore store = connected.store();
            Optional<LoadedGraph> loaded = selection.load(connected, err);
            if (loaded.isEmpty()) {
                return 1;
            }
            LoadedGraph graph = loaded.get();
            SessionScene scene = selection.sessionScene().orElse(null);
            VisibleGraph visible = VisibleGraph.of(graph, filter);
            if (timeline) {
                return writeTimeline(store, graph, visible, new TimelineAsked(laneMode, fileFormat, paper), filter, options);
            }
            // Positions made by another layout would fight this one: a layout given on the command line starts afresh.
            boolean keepPlaces = scene != null && LayoutMode.valueOf(session.layout().name()) == mode;
            if (scene != null && !keepPlaces) {
                err.println("The session was laid out " + session.layout().code() + "; its positions and pins are not used for the "
                        + mode.name().toLowerCase(Locale.ROOT) + " layout asked for.");
            }
            Map<String, double[]> placed = keepPlaces ? scene.placed() : Map.of();
            LayoutFactory.Prepared prepared = LayoutFactory.prepare(graph, visible, filter.years());
            long layoutStarted = System.nanoTime();
            // Placed nodes keep their places: the layout fills in only the rest, from the same seed.
            Map<String, double[]> positions = LayoutFactory.settle(prepared.ids(), prepared.graph(),
                    LayoutFactory.create(mode, prepared, DrawingLayout.SEED),
                    LayoutFactory.initialState(prepared.ids(), placed, placed.keySet(), DrawingLayout.SEED), LayoutRunner.MAX_STEPS);
            long laidOut = System.nanoTime();
            Map<String, Source> sources = store.sources().stream().collect(Collectors.toMap(Source::id, Function.identity()));
            NodeEncoding encoding = nodeLook.encoding(session);
            Figure figure = Figure.of(graph, visible, positions, ExportScope.VISIBLE,
                    scene == null ? Set.of() : scene.selection(), keepPlaces ? scene.pinned() : Set.of(), filter.describe(),
                    sources, Provenance.of(store), LocalDate.now(), encoding, NodeLookOptions.measures(encoding, graph, filter));
            List<Annotation> numbered = notes ? FigureNotes.of(figure.scene(), graph, scene == null ? List.of() : scene.notes(),
                    new StoreEvidence(store)::of, sources) : List.of();
            long leftOut = notes && scene != null ? scene.notesLeftOut(visible) : 0;
            if (leftOut > 0) {
                err.println(leftOut + " of the session's notes concern nodes or links this figure does not show.");
            }
            ExportOptions withCaption = new ExportOptions(options.width(), options.scale(), options.transparentBackground(),
                    options.includeLegend(), figure.caption());
            fileFormat.write(figure.scene(), withCaption, numbered, paper, out, new SceneExporter(Palette.standard(), linkLabels));
            spec.commandLine().getOut().printf("Wrote %s: %d nodes, %d links; layout %d ms, drawing and writing %d ms.%n", out,
                    figure.scene().nodes().size(), figure.scene().links().size(), (laidOut - layoutStarted) / 1_000_000,
                    (System.nanoTime() - laidOut) / 1_000_000);
            return 0;
        } catch (StoreUnavailableException e) {
            err.println(e.getMessage());
            return UNAVAILABLE;
        } catch (IOException e) {
            err.println("Could not write " + out + ": " + e.getMessage());
            return 1;
        }
    }

    /** How the timeline chart was asked for: its lanes, and the file's format and paper. */
    private record TimelineAsked(LaneMode lanes, ExportFormat format, PdfPage paper) {
    }

    /** The timeline chart of the same nodes and links: no layout, so the session's positions play no part. */
    private int writeTimeline(GraphStore store, LoadedGraph graph, VisibleGraph visible, TimelineAsked asked, GraphFilter filter,
                              ExportOptions options) throws IOException {
        long started = System.nanoTime();
        Map<String, Source> sources = store.sources().stream().collect(Collectors.toMap(Source::id, Function.identity()));
        TimelineFigure figure = TimelineFigure.of(graph, visible, asked.lanes(), filter.describe(), sources, LocalDate.now());
        ExportOptions withCaption = new ExportOptions(options.width(), options.scale(), options.transparentBackground(),
                options.includeLegend(), figure.caption());
        TimelineExporter exporter = new TimelineExporter(Palette.standard());
        asked.format().write(figure.chart(), withCaption, asked.paper(), out, exporter);
        spec.commandLine().getOut().printf("Wrote %s: a timeline of %d lanes, %d exchanges, %d bars, %d events and outcomes; %d ms.%n",
                out, figure.chart().lanes().size(), figure.chart().exchanges().size(), figure.chart().bars().size(),
                figure.chart().markers().size(), (System.nanoTime() - started) / 1_000_000);
        return 0;
    }
}
