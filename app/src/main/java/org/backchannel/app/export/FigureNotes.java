package org.backchannel.app.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.model.Citation;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.PartialDate;
import org.backchannel.model.Source;
import org.backchannel.render.Annotation;
import org.backchannel.render.GraphScene;
import org.backchannel.render.SceneLink;
import org.backchannel.render.SceneNode;
import org.backchannel.session.Note;

/**
 * A figure's numbered notes: first every exchange it shows, in order of date, with its date, channel,
 * direction and the first quote for it with a short reference to its source (named in full in the caption); then the analyst's notes on what it shows and on
 * the whole session, marked as the analyst's. An analyst's note on an exchange joins that exchange's
 * entry, so one number says all that is known about one line of the figure. The window's export and the
 * command line's {@code --notes} number them alike.
 */
public final class FigureNotes {

    private FigureNotes() {
    }

    /**
     * @param evidence the citations of a link, asked of the store when the loaded outline has none
     * @param sources the sources by id, to name them; an unknown one is named by its id
     */
    public static List<Annotation> of(GraphScene scene, LoadedGraph graph, Collection<Note> analystNotes,
                                      Function<GraphLink, List<Citation>> evidence, Map<String, Source> sources) {
        Set<String> shownNodes = scene.nodes().stream().map(SceneNode::id).collect(Collectors.toSet());
        Set<String> shownLinks = scene.links().stream().map(SceneLink::id).collect(Collectors.toSet());
        Map<String, String> onLinks = new HashMap<>();
        for (Note note : analystNotes) {
            if (note.target() == Note.Target.LINK) {
                onLinks.merge(note.targetId(), oneLine(note.text()), (a, b) -> a + " " + b);
            }
        }
        List<GraphLink> exchanges = scene.links().stream().map(l -> graph.link(l.id()).orElse(null))
                .filter(l -> l != null && l.type() == LinkType.SPOKE_WITH)
                .sorted(Comparator.comparing(FigureNotes::start, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(GraphLink::id))
                .toList();
        List<Annotation> notes = new ArrayList<>();
        for (GraphLink exchange : exchanges) {
            String text = exchangeText(exchange, graph, evidence.apply(exchange), sources);
            String analyst = onLinks.get(exchange.id());
            notes.add(new Annotation(notes.size() + 1, exchange.id(), analyst == null ? text : text + " Analyst's note: " + analyst));
        }
        Set<String> numbered = exchanges.stream().map(GraphLink::id).collect(Collectors.toSet());
        for (Note note : analystNotes) {
            String text = oneLine(note.text());
            if (note.target() == Note.Target.NODE && shownNodes.contains(note.targetId())) {
                notes.add(new Annotation(notes.size() + 1, note.targetId(), "Analyst's note on " + name(graph, note.targetId()) + ": " + text));
            } else if (note.target() == Note.Target.LINK && shownLinks.contains(note.targetId()) && !numbered.contains(note.targetId())) {
                GraphLink link = graph.link(note.targetId()).orElseThrow();
                notes.add(new Annotation(notes.size() + 1, link.id(), "Analyst's note on " + name(graph, link.fromId()) + " – "
                        + name(graph, link.toId()) + ": " + text));
            }
        }
        for (Note note : analystNotes) {
            if (note.target() == Note.Target.SESSION) {
                notes.add(new Annotation(notes.size() + 1, null, "Analyst's note on the figure: " + oneLine(note.text())));
            }
        }
        return notes;
    }

    /**
     * "1970 · Kissinger–Dobrynin back channel · Henry Kissinger → Anatoly Dobrynin: “…” (source)"; "↔" between
     * parties who met together.
     */
    static String exchangeText(GraphLink exchange, LoadedGraph graph, List<Citation> citations, Map<String, Source> sources) {
        String channel = Optional.ofNullable(exchange.channelId()).flatMap(graph::node).map(GraphNode::name).orElse("channel not given");
        StringBuilder text = new StringBuilder();
        text.append(exchange.span().isDated() ? exchange.span().toString() : "undated").append(" · ").append(channel).append(" · ")
                .append(name(graph, exchange.fromId())).append(exchange.mutual() ? " ↔ " : " → ").append(name(graph, exchange.toId()));
        if (citations.isEmpty()) {
            text.append(": no quote recorded.");
        } else {
            Citation first = citations.get(0);
            Source source = sources.get(first.sourceId());
            text.append(": “").append(oneLine(first.quote())).append("” (").append(shortReference(source, first.sourceId())).append(')');
            if (citations.size() > 1) {
                text.append(" and ").append(citations.size() - 1).append(citations.size() == 2 ? " more quote." : " more quotes.");
            }
        }
        return text.toString();
    }

    /** "Somerville, 2022": the caption names the source in full, so each note points at it briefly. */
    static String shortReference(Source source, String sourceId) {
        if (source == null) {
            return sourceId;
        }
        String who = source.author() != null && !source.author().isBlank()
                ? source.author().strip().substring(source.author().strip().lastIndexOf(' ') + 1) : source.title();
        return source.date() != null ? who + ", " + source.date().year() : who;
    }

    private static PartialDate start(GraphLink link) {
        return link.span().start() != null ? link.span().start() : link.span().end();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String name(LoadedGraph graph, String nodeId) {
        return graph.node(nodeId).map(GraphNode::name).orElse(nodeId);
    }
}
