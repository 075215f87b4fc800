package org.backchannel.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.app.BundledDataset;
import org.backchannel.exploration.SceneCap;
import org.backchannel.model.ChannelType;
import org.backchannel.model.Eras;
import org.backchannel.model.YearRange;
import org.backchannel.session.SessionException;
import org.backchannel.session.SessionFiles;
import org.backchannel.store.ConnectedStore;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.GraphStore;
import org.backchannel.store.SearchHit;
import org.backchannel.store.StoreUnavailableException;
import org.backchannel.store.Subgraph;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What the question commands share: they load the scene the app would show (the overview, at the app's
 * scene cap), ask a question of it with the algorithms the panels will use, and fetch the quotes behind
 * the answer from the store. The era and channel-type filters narrow the question, not the scene: a party
 * or an office outside the era still says who belongs to whom.
 */
abstract class SceneCommand extends StoreCommand {

    @Option(names = "--era", paramLabel = "NAME|YEARS", converter = EraConverter.class, description = "a year range such as "
            + "1969-1977, a year, or an era by name: the session's eras with --session, else cold-war, detente, post-cold-war, since-2014")
    EraArgument era;

    @Option(names = "--session", paramLabel = "FILE", description = "a saved session (.backchannel) whose named eras --era may name;"
            + " the question is still asked of the store's overview")
    Path sessionFile;

    /** The years --era means; null for all time. */
    private YearRange years;

    @Option(names = "--channel-type", paramLabel = "TYPE", converter = ChannelTypeConverter.class,
            completionCandidates = ChannelTypeConverter.Codes.class,
            description = "only these channel types (repeatable): ${COMPLETION-CANDIDATES}")
    List<ChannelType> channelTypes = new ArrayList<>();

    @Mixin
    PerspectiveOption perspective;

    SceneCommand(Map<String, String> environment) {
        super(environment);
    }

    /** Answers on the loaded scene; returns the exit code. */
    /** The store the scene was read from, while {@link #answer} runs. */
    private GraphStore store;

    abstract int answer(LoadedGraph scene, GraphFilter filter, StoreEvidence evidence, PrintWriter out, PrintWriter err);

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!resolveEra(err)) {
            return 1;
        }
        GraphFilter filter = new GraphFilter(channelTypes.isEmpty() ? Set.of() : EnumSet.copyOf(channelTypes), years);
        try (ConnectedStore connected = ConnectedStore.fromEnvironment(environment, appHome())) {
            if (!perspective.apply(connected, connected.seedIfEmpty(BundledDataset::load).summary(), appHome(), era != null, err)) {
                return 1;
            }
            GraphStore store = connected.store();
            this.store = store;
            Subgraph overview = store.overview(GraphFilter.ALL, SceneCap.FOR_FIGURES);
            LoadedGraph scene = LoadedGraph.of(overview.nodes(), overview.links());
            PerspectiveOption.sayWhatDidNotRead(connected, err);
            if (overview.capped()) {
                err.printf("The store holds more than the scene's %,d nodes; the answer is about the best-connected ones.%n",
                        SceneCap.FOR_FIGURES);
            }
            return answer(scene, filter, new StoreEvidence(store), spec.commandLine().getOut(), err);
        } catch (StoreUnavailableException e) {
            err.println(e.getMessage());
            return UNAVAILABLE;
        }
    }

    /** Sets {@link #years} from --era; false, after saying why on {@code err}, when it names no era or the session is unreadable. */
    private boolean resolveEra(PrintWriter err) {
        if (era == null) {
            return true;
        }
        Eras eras = Eras.DEFAULTS;
        if (sessionFile != null) {
            try {
                eras = new SessionFiles().open(sessionFile).session().eras();
            } catch (SessionException e) {
                err.println(e.getMessage());
                return false;
            }
        }
        years = era.in(eras).orElse(null);
        if (years == null) {
            err.println(era.unknown(eras, sessionFile != null));
        }
        return years != null;
    }

    /** The id of the node {@code text} names by id or name (see {@link NodeArgument}); empty after saying why not. */
    Optional<String> nodeNamed(LoadedGraph scene, String text, String option, PrintWriter err) {
        return NodeArgument.resolve(text, option, scene,
                name -> store.search(name, NodeArgument.CANDIDATES).stream().map(SearchHit::node).toList(), err);
    }
}
