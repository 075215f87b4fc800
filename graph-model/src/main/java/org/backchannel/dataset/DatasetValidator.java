package org.backchannel.dataset;

import static org.backchannel.dataset.FieldChecks.MAX_ID;
import static org.backchannel.dataset.FieldChecks.MAX_NAME;
import static org.backchannel.dataset.FieldChecks.MAX_TEXT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backchannel.dataset.DatasetJson.CitationJson;
import org.backchannel.dataset.DatasetJson.LinkJson;
import org.backchannel.dataset.DatasetJson.NodeJson;
import org.backchannel.dataset.DatasetJson.SourceJson;
import org.backchannel.json.ProblemLog;
import org.backchannel.model.Certainty;
import org.backchannel.model.ChannelType;
import org.backchannel.model.Citation;
import org.backchannel.model.Dataset;
import org.backchannel.model.DatasetOrigin;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.model.Secrecy;
import org.backchannel.model.Source;
import org.backchannel.model.SourceKind;
import org.backchannel.model.TimeSpan;

/**
 * Turns a parsed file into a {@link Dataset}, checking everything a schema cannot: unique ids,
 * references, vocabularies per kind, date order and that every quote occurs in its source's text.
 */
final class DatasetValidator {

    private final ProblemLog log;
    private final FieldChecks check;
    private final SourceTexts texts;
    private final Map<String, String> sourceTexts = new HashMap<>();
    private final Map<String, SourceKind> sourceKinds = new HashMap<>();
    private final Map<String, NodeKind> nodeKinds = new HashMap<>();
    private final Set<String> usedIds = new HashSet<>();
    private final Map<String, String> places = new HashMap<>();

    DatasetValidator(ProblemLog log, SourceTexts texts) {
        this.log = log;
        this.check = new FieldChecks(log);
        this.texts = texts;
    }

    /**
     * @param identity the dataset's id and what it revises, already checked against its format
     * @param file     the file as the user named it, for the places of its elements
     * @param digest   a digest of the file's bytes
     */
    Dataset validate(DatasetJson json, DatasetIdentity identity, String file, String digest) throws DatasetException {
        String title = check.requiredText(json.title(), "/title", MAX_NAME);
        String description = check.optionalText(json.description(), "/description", MAX_TEXT);
        List<Source> sources = sources(json.sources());
        List<GraphNode> nodes = nodes(json.nodes());
        List<GraphLink> links = links(json.links());
        log.throwIfAny(DatasetException::of);
        return new Dataset(json.format(), identity.id(), title, description, identity.revises(), sources, nodes, links,
                new DatasetOrigin(file, digest, places));
    }

    private List<Source> sources(List<SourceJson> sources) {
        List<Source> checked = new ArrayList<>();
        if (requiredArray(sources, "/sources")) {
            for (int i = 0; i < sources.size(); i++) {
                String at = "/sources/" + i;
                SourceJson s = sources.get(i);
                if (s == null) {
                    log.add(at, "a source is null", "remove it or give it an id, kind and title");
                    continue;
                }
                String id = check.slug(s.id(), at + "/id");
                SourceKind kind = check.vocabulary(s.kind(), at + "/kind", true, SourceKind::fromCode, SourceKind.codes());
                String title = check.requiredText(s.title(), at + "/title", MAX_TEXT);
                String author = check.optionalText(s.author(), at + "/author", MAX_NAME);
                String publisher = check.optionalText(s.publisher(), at + "/publisher", MAX_TEXT);
                var date = s.date() == null ? null : check.date(s.date(), at + "/date");
                String url = check.optionalText(s.url(), at + "/url", MAX_TEXT);
                String textPath = check.optionalText(s.text(), at + "/text", MAX_TEXT);
                String note = check.optionalText(s.note(), at + "/note", MAX_TEXT);
                if (id != null && sourceKinds.containsKey(id)) {
                    log.add(at + "/id", "source id \"" + id + "\" is used twice", "give each source its own id");
                } else if (id != null && kind != null && title != null) {
                    sourceKinds.put(id, kind);
                    places.put("source:" + id, log.place(at));
                    if (textPath != null) {
                        loadText(id, textPath, at + "/text");
                    }
                    checked.add(new Source(id, kind, title, author, publisher, date, url, note));
                }
            }
        }
        return checked;
    }

    private void loadText(String sourceId, String path, String pointer) {
        try {
            var bytes = texts.find(path);
            if (bytes.isEmpty()) {
                log.add(pointer, "the source text \"" + FieldChecks.printable(path) + "\" was not found next to the dataset",
                        "put the plain-text copy of the source there, or remove the text field");
                return;
            }
            sourceTexts.put(sourceId, Utf8.decode(bytes.get()));
        } catch (java.nio.charset.CharacterCodingException e) {
            log.add(pointer, "the source text \"" + FieldChecks.printable(path) + "\" is not valid UTF-8", "save it as UTF-8");
        } catch (java.io.IOException e) {
            log.add(pointer, "the source text \"" + FieldChecks.printable(path) + "\" could not be read: " + e.getMessage(), "check the file");
        }
    }

    private List<GraphNode> nodes(List<NodeJson> nodes) {
        List<GraphNode> checked = new ArrayList<>();
        if (!requiredArray(nodes, "/nodes")) {
            return checked;
        }
        for (int i = 0; i < nodes.size(); i++) {
            String at = "/nodes/" + i;
            NodeJson n = nodes.get(i);
            if (n == null) {
                log.add(at, "a node is null", "remove it or give it an id, kind, name and citations");
                continue;
            }
            String id = uniqueId(n.id(), at + "/id");
            NodeKind kind = check.vocabulary(n.kind(), at + "/kind", true, NodeKind::fromCode, NodeKind.codes());
            String name = check.name(n.name(), at + "/name");
            List<String> aliases = check.textList(n.aliases(), at + "/aliases", MAX_NAME);
            String category = kind == null ? null : category(kind, n.category(), at + "/category");
            ChannelType channelType = channelOnly(kind, n.channelType(), at + "/channelType", ChannelType::fromCode, ChannelType.codes());
            Secrecy secrecy = channelOnly(kind, n.secrecy(), at + "/secrecy", Secrecy::fromCode, Secrecy.codes());
            String description = check.optionalText(n.description(), at + "/description", MAX_TEXT);
            TimeSpan span = check.span(n.date(), n.start(), n.end(), at);
            Certainty certainty = check.vocabulary(n.certainty(), at + "/certainty", false, Certainty::fromCode, Certainty.codes());
            List<Citation> citations = citations(n.citations(), at + "/citations");
            if (id != null && kind != null) {
                nodeKinds.put(id, kind);
                places.put("node:" + id, log.place(at));
                if (name != null) {
                    checked.add(new GraphNode(id, kind, name, aliases, category, channelType, secrecy, description,
                            span, certainty, citations));
                }
            }
        }
        return checked;
    }

    private List<GraphLink> links(List<LinkJson> links) {
        List<GraphLink> checked = new ArrayList<>();
        if (!requiredArray(links, "/links")) {
            return checked;
        }
        for (int i = 0; i < links.size(); i++) {
            String at = "/links/" + i;
            LinkJson l = links.get(i);
            if (l == null) {
                log.add(at, "a link is null", "remove it or give it an id, type, from, to and citations");
                continue;
            }
            String id = uniqueId(l.id(), at + "/id");
            LinkType type = check.vocabulary(l.type(), at + "/type", true, LinkType::fromCode, LinkType.codes());
            String from = endpoint(l.from(), at + "/from", type == null ? null : type.fromKinds(), type);
            String to = endpoint(l.to(), at + "/to", type == null ? null : type.toKinds(), type);
            String channel = linkChannel(type, l.channel(), at + "/channel");
            String role = linkRole(type, l.role(), at + "/role");
            String description = check.optionalText(l.description(), at + "/description", MAX_TEXT);
            TimeSpan span = check.span(l.date(), l.start(), l.end(), at);
            Certainty certainty = check.vocabulary(l.certainty(), at + "/certainty", false, Certainty::fromCode, Certainty.codes());
            List<Citation> citations = citations(l.citations(), at + "/citations");
            if (type == LinkType.SPOKE_WITH && from != null && from.equals(to)) {
                log.add(at + "/to", "an exchange needs two different parties; both ends are \"" + from + "\"",
                        "name who spoke with whom, or use another link type");
                continue;
            }
            if (id != null && type != null && from != null && to != null) {
                places.put("link:" + id, log.place(at));
                checked.add(new GraphLink(id, type, from, to, channel, role, description, span, certainty, citations));
            }
        }
        return checked;
    }

    private String uniqueId(String value, String pointer) {
        String id = check.slug(value, pointer);
        if (id != null && !usedIds.add(id)) {
            log.add(pointer, "id \"" + id + "\" is used twice", "ids must be unique across all nodes and links");
            return null;
        }
        return id;
    }

    private String category(NodeKind kind, String value, String pointer) {
        if (!kind.needsCategory()) {
            if (value != null) {
                log.add(pointer, "a channel has no category", "describe it with channelType instead");
            }
            return null;
        }
        return check.vocabulary(value, pointer, true,
                v -> kind.categories().contains(v) ? java.util.Optional.of(v) : java.util.Optional.empty(),
                kind.categories().stream().sorted().toList());
    }

    private <E> E channelOnly(NodeKind kind, String value, String pointer, java.util.function.Function<String, java.util.Optional<E>> parse, List<String> codes) {
        if (kind == NodeKind.CHANNEL) {
            return check.vocabulary(value, pointer, true, parse, codes);
        }
        if (value != null && kind != null) {
            log.add(pointer, FieldChecks.fieldName(pointer) + " is only for channels, not for " + withArticle(kind.code()), "remove it");
        }
        return null;
    }

    private String endpoint(String value, String pointer, Set<NodeKind> allowed, LinkType type) {
        String id = check.requiredText(value, pointer, MAX_ID);
        if (id == null) {
            return null;
        }
        NodeKind kind = nodeKinds.get(id);
        if (kind == null) {
            log.add(pointer, "no node has the id \"" + FieldChecks.printable(id) + "\"", "link only to nodes defined in /nodes");
            return null;
        }
        if (allowed != null && !allowed.contains(kind)) {
            log.add(pointer, "a " + type.code() + " link cannot " + (pointer.endsWith("/from") ? "start at" : "end at")
                    + " " + withArticle(kind.code()) + " (\"" + id + "\")", "allowed: " + allowed.stream().map(NodeKind::code).sorted().toList());
            return null;
        }
        return id;
    }

    private String linkChannel(LinkType type, String value, String pointer) {
        if (type == null) {
            return null;
        }
        if (!type.needsChannel()) {
            if (value != null) {
                log.add(pointer, "only spoke-with links name a channel", "use a participates-in link to tie this to a channel");
            }
            return null;
        }
        String id = check.requiredText(value, pointer, MAX_ID);
        if (id != null && nodeKinds.get(id) != NodeKind.CHANNEL) {
            log.add(pointer, "\"" + FieldChecks.printable(id) + "\" is not the id of a channel node", "name the channel the exchange went through");
            return null;
        }
        return id;
    }

    private String linkRole(LinkType type, String value, String pointer) {
        if (type == null) {
            return null;
        }
        if (type.needsRole()) {
            return check.requiredText(value, pointer, MAX_NAME);
        }
        if (value != null && !type.allowsRole()) {
            log.add(pointer, "a " + type.code() + " link has no role", "remove the role");
            return null;
        }
        return check.optionalText(value, pointer, MAX_NAME);
    }

    private List<Citation> citations(List<CitationJson> citations, String pointer) {
        List<Citation> checked = new ArrayList<>();
        if (citations == null || citations.isEmpty()) {
            log.add(pointer, "no citation", "cite the source and quote the words that support this fact");
            return checked;
        }
        for (int i = 0; i < citations.size(); i++) {
            String at = pointer + "/" + i;
            CitationJson c = citations.get(i);
            if (c == null) {
                log.add(at, "a citation is null", "give it a source and a quote");
                continue;
            }
            String source = check.requiredText(c.source(), at + "/source", MAX_ID);
            String quote = check.requiredText(c.quote(), at + "/quote", MAX_TEXT);
            String note = check.optionalText(c.note(), at + "/note", MAX_TEXT);
            if (source != null && !sourceKinds.containsKey(source)) {
                log.add(at + "/source", "no source has the id \"" + FieldChecks.printable(source) + "\"", "cite a source defined in /sources");
            } else if (source != null && quote != null) {
                verifyQuote(source, quote, at + "/quote");
                checked.add(new Citation(source, quote, note));
            }
        }
        return checked;
    }

    private void verifyQuote(String source, String quote, String pointer) {
        String text = sourceTexts.get(source);
        if (text != null && !text.contains(quote)) {
            log.add(pointer, "the quote does not occur in the text of source \"" + source + "\": \"" + FieldChecks.printable(quote) + "\"",
                    "copy the words exactly, including curly quotes and apostrophes");
        }
    }

    private static String withArticle(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private boolean requiredArray(List<?> values, String pointer) {
        if (values == null) {
            log.add(pointer, "required array " + pointer.substring(1) + " is missing or null", "give it an array, even an empty one");
            return false;
        }
        return true;
    }
}
