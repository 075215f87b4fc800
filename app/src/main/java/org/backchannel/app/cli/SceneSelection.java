package org.backchannel.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.model.ChannelType;
import org.backchannel.model.Eras;
import org.backchannel.model.YearRange;
import org.backchannel.session.Session;
import org.backchannel.session.SessionException;
import org.backchannel.session.SessionFiles;
import org.backchannel.store.ConnectedStore;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.GraphStore;
import org.backchannel.store.StoreSummary;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Which part of the store a command writes out, as the app would show it: the overview, a node's
 * neighbourhood, or a saved session's scene, narrowed by channel types and an era. A picocli mixin,
 * so every command that writes a scene takes the same options with the same meaning.
 */
final class SceneSelection {

    @Option(names = "--channel-type", paramLabel = "TYPE", description = "show only these channel types (repeatable): ${COMPLETION-CANDIDATES}",
            converter = ChannelTypeConverter.class, completionCandidates = ChannelTypeConverter.Codes.class)
    private List<ChannelType> channelTypes = new ArrayList<>();

    @Option(names = "--era", paramLabel = "NAME|YEARS", converter = EraConverter.class, description = "a year range such as "
            + "1969-1977, a year, or an era by name: the session's eras with --session, else cold-war, detente, post-cold-war, since-2014")
    private EraArgument eraArgument;
    private YearRange era;

    @Option(names = "--focus", paramLabel = "ID", description = "start from this node id and show its neighbourhood")
    private String focus;

    @Option(names = "--depth", defaultValue = "2", description = "with --focus: how many links away (default ${DEFAULT-VALUE})")
    private int depth;

    @Option(names = "--session", paramLabel = "FILE", description = "a saved session (.backchannel): its scene and filter (a figure "
            + "also keeps its positions, pins, selection and layout); options given here override its filter")
    private Path sessionFile;

    @Mixin
    private PerspectiveOption perspective;

    private Session session;
    private SessionScene sessionScene;

    /** Checks the options together and reads the session, if one is given; says what is wrong on {@code err} and returns false otherwise. */
    boolean ready(PrintWriter err) {
        if (sessionFile != null && focus != null) {
            err.println("Bad option: --focus and --session cannot be combined; a session brings its own scene.");
            return false;
        }
        if (sessionFile != null) {
            try {
                SessionFiles.Opened opened = new SessionFiles().open(sessionFile);
                opened.note().ifPresent(err::println);
                session = opened.session();
            } catch (SessionException e) {
                err.println(e.getMessage());
                return false;
            }
        }
        if (eraArgument != null) {
            Eras eras = session == null ? Eras.DEFAULTS : session.eras();
            era = eraArgument.in(eras).orElse(null);
            if (era == null) {
                err.println(eraArgument.unknown(eras, session != null));
                return false;
            }
        }
        return true;
    }

    Optional<Session> session() {
        return Optional.ofNullable(session);
    }

    /** The session's scene as {@link #load} found it in the store; empty when no session was given or before loading. */
    Optional<SessionScene> sessionScene() {
        return Optional.ofNullable(sessionScene);
    }

    /** The options' channel types and era where given, else the session's. */
    GraphFilter filter() {
        Set<ChannelType> types = !channelTypes.isEmpty() || session == null
                ? (channelTypes.isEmpty() ? Set.of() : EnumSet.copyOf(channelTypes)) : session.filter().channelTypes();
        YearRange years = era != null || session == null ? era : session.filter().years();
        return new GraphFilter(types, years);
    }

    /**
     * Reads someone else's database through its perspective, as the window does; Backchannel's own
     * store stays as it is. False, with the reason on {@code err}, when the perspective does not fit.
     */
    boolean through(ConnectedStore connected, StoreSummary summary, Path appHome, PrintWriter err) {
        return perspective.apply(connected, summary, appHome, era != null, err);
    }

    /** The scene chosen, loaded from the store; empty, with the reason on {@code err}, when the focus names no node. */
    Optional<LoadedGraph> load(ConnectedStore connected, PrintWriter err) {
        Optional<LoadedGraph> loaded = read(connected, err);
        PerspectiveOption.sayWhatDidNotRead(connected, err);
        return loaded;
    }

    private Optional<LoadedGraph> read(ConnectedStore connected, PrintWriter err) {
        GraphStore store = connected.store();
        if (session != null) {
            sessionScene = SessionScene.load(store, SessionScene.identityOf(connected), session);
            sessionScene.reconciliation().messages().forEach(err::println);
            return Optional.of(sessionScene.graph());
        }
        if (focus == null) {
            return Optional.of(FigureGraphs.overview(store, filter()));
        }
        LoadedGraph graph = FigureGraphs.neighbourhood(store, focus, depth);
        if (graph.node(focus).isEmpty()) {
            err.println("No node has the id \"" + focus + "\".");
            return Optional.empty();
        }
        return Optional.of(graph);
    }
}
