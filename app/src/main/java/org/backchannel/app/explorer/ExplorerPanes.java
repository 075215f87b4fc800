package org.backchannel.app.explorer;

import java.time.Clock;
import org.backchannel.app.channels.ParallelChannelsViewModel;
import org.backchannel.app.connection.Backoff;
import org.backchannel.app.connection.StoreHealth;
import org.backchannel.app.console.QueryConsoleViewModel;
import org.backchannel.app.details.DetailsViewModel;
import org.backchannel.app.edit.EditViewModel;
import org.backchannel.app.graphfile.GraphFileViewModel;
import org.backchannel.app.exchanges.ExchangesViewModel;
import org.backchannel.app.filter.ErasViewModel;
import org.backchannel.app.filter.FilterViewModel;
import org.backchannel.app.measures.MeasuresViewModel;
import org.backchannel.app.hover.HoverViewModel;
import org.backchannel.app.look.LookViewModel;
import org.backchannel.app.nodelook.NodeLookViewModel;
import org.backchannel.app.notes.NotesViewModel;
import org.backchannel.app.outcomes.OutcomeChainsViewModel;
import org.backchannel.app.path.PathViewModel;
import org.backchannel.app.search.SearchViewModel;
import org.backchannel.app.task.BackgroundTasks;
import org.backchannel.app.timeline.TimelineViewModel;
import org.backchannel.exploration.Exploration;

/**
 * The explorer's view-models, each given the one {@link Exploration} (and, where it asks the store
 * things, the store's health and the opened store). None holds another: they read the exploration,
 * change it through its commands and hear its events, so adding a pane is one field and one line
 * here. The main window builds this and the views over it; tests build it without a toolkit.
 */
public final class ExplorerPanes {

    private final Exploration exploration = new Exploration();
    private final ExplorerViewModel explorer;
    private final FilterViewModel filters;
    private final ErasViewModel eras;
    private final DetailsViewModel details;
    private final ExchangesViewModel exchanges;
    private final SearchViewModel search;
    private final PathViewModel path;
    private final QueryConsoleViewModel console;
    private final EditViewModel edit;
    private final NotesViewModel notes;
    private final GraphFileViewModel graphFile;
    private final ParallelChannelsViewModel channels;
    private final OutcomeChainsViewModel chains;
    private final MeasuresViewModel measures;
    private final LookViewModel look = new LookViewModel();
    private final HoverViewModel hover;
    private final TimelineViewModel timeline;
    private final NodeLookViewModel nodeLook;

    public ExplorerPanes(BackgroundTasks tasks) {
        this(new StoreHealth(tasks, Backoff.STANDARD));
    }

    public ExplorerPanes(StoreHealth health) {
        explorer = new ExplorerViewModel(exploration, health);
        filters = new FilterViewModel(exploration);
        eras = new ErasViewModel(exploration);
        details = new DetailsViewModel(exploration, health, explorer::store);
        exchanges = new ExchangesViewModel(exploration);
        SearchViewModel.StoreSide storeSide = new SearchViewModel.StoreSide(health, explorer::store, explorer.cappedProperty()::get);
        search = new SearchViewModel(exploration, storeSide, explorer::bringIn);
        path = new PathViewModel(exploration, health, explorer::store, explorer.cappedProperty()::get);
        console = new QueryConsoleViewModel(health, explorer::store);
        edit = new EditViewModel(exploration);
        notes = new NotesViewModel(exploration, Clock.systemUTC());
        graphFile = new GraphFileViewModel(exploration, health, explorer::store);
        channels = new ParallelChannelsViewModel(exploration, health, explorer::store);
        chains = new OutcomeChainsViewModel(exploration, health, explorer::store);
        measures = new MeasuresViewModel(exploration, health);
        hover = new HoverViewModel(exploration, health, explorer::store);
        timeline = new TimelineViewModel(exploration, health.tasks());
        nodeLook = new NodeLookViewModel(exploration, health.tasks());
    }

    public Exploration exploration() {
        return exploration;
    }

    /** Loading from the store, expanding, the status line. */
    public ExplorerViewModel explorer() {
        return explorer;
    }

    public FilterViewModel filters() {
        return filters;
    }

    /** The "Edit eras…" dialog's. */
    public ErasViewModel eras() {
        return eras;
    }

    public DetailsViewModel details() {
        return details;
    }

    public ExchangesViewModel exchanges() {
        return exchanges;
    }

    public SearchViewModel search() {
        return search;
    }

    public PathViewModel path() {
        return path;
    }

    public QueryConsoleViewModel console() {
        return console;
    }

    /** The analyst's note on what the details pane shows. */
    public NotesViewModel notes() {
        return notes;
    }

    /** The scene on screen as a graph file for other tools. */
    public GraphFileViewModel graphFile() {
        return graphFile;
    }

    /** What the card beside the pointer on the graph says. */
    public HoverViewModel hover() {
        return hover;
    }

    /** The theme and the link labels: how things look, not what is looked at. */
    public LookViewModel look() {
        return look;
    }

    /** The timeline chart of what the graph shows, linked to it through the exploration. */
    public TimelineViewModel timeline() {
        return timeline;
    }

    /** Undo, redo, the history, and the commands on the selection. */
    public EditViewModel edit() {
        return edit;
    }

    /** Every channel between two parties, front against back, with flags. */
    public ParallelChannelsViewModel channels() {
        return channels;
    }

    /** How an outcome came about, or what a node contributed to. */
    public OutcomeChainsViewModel chains() {
        return chains;
    }

    /** What node sizes and colours show. */
    public NodeLookViewModel nodeLook() {
        return nodeLook;
    }

    /** Degree, betweenness, PageRank and community of the scene. */
    public MeasuresViewModel measures() {
        return measures;
    }
}
