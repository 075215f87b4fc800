package org.backchannel.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backchannel.json.ProblemLog;
import org.backchannel.model.ChannelType;
import org.backchannel.model.Eras;
import org.backchannel.model.NodeEncoding;
import org.backchannel.model.PartialDate;
import org.backchannel.model.YearRange;
import org.backchannel.session.SessionJson.CameraJson;
import org.backchannel.session.SessionJson.FilterJson;
import org.backchannel.session.SessionJson.NoteJson;
import org.backchannel.session.SessionJson.SceneJson;
import org.backchannel.session.SessionJson.StoreJson;

/**
 * Turns a parsed session file into a {@link Session}, checking what Jackson cannot: required fields,
 * vocabularies, finite numbers, dates, and that everything positioned, pinned, hidden, selected or
 * annotated is in the scene. Problems are all collected before the file is refused.
 */
final class SessionValidator {

    private final ProblemLog log;
    private final SessionChecks check;

    SessionValidator(ProblemLog log) {
        this.log = log;
        this.check = new SessionChecks(log);
    }

    Session validate(SessionJson json) throws SessionException {
        Instant savedAt = check.instant(json.savedAt(), "/savedAt");
        StoreIdentity store = store(json.store());
        SceneJson sceneJson = json.scene();
        if (sceneJson == null) {
            log.add("/scene", "required field scene is missing or null", "give it nodes and links, even if empty: {\"nodes\": [], \"links\": []}");
            // Everything else refers to the scene; checking it against nothing would only bury this problem.
            log.throwIfAny(SessionException::new);
        }
        Set<String> nodes = check.ids(sceneJson == null ? null : required(sceneJson.nodes(), "/scene/nodes"), "/scene/nodes", null, null);
        Set<String> links = check.ids(sceneJson == null ? null : required(sceneJson.links(), "/scene/links"), "/scene/links", null, null);
        for (String id : links) {
            if (nodes.contains(id)) {
                log.add("/scene/links", "\"" + id + "\" is both a node and a link", "ids name one element each");
            }
        }
        Map<String, Session.Position> positions = positions(json.positions(), nodes);
        Set<String> pinned = check.ids(json.pinned(), "/pinned", nodes, "/scene/nodes");
        List<String> pinnedList = json.pinned() == null ? List.of() : json.pinned();
        for (int i = 0; i < pinnedList.size(); i++) {
            String id = pinnedList.get(i);
            if (id != null && nodes.contains(id) && !positions.containsKey(id)) {
                log.add("/pinned/" + i, "pinned node \"" + id + "\" has no position", "give it one in /positions, or unpin it");
            }
        }
        Set<String> hidden = check.ids(json.hidden(), "/hidden", nodes, "/scene/nodes");
        Set<String> all = new HashSet<>(nodes);
        all.addAll(links);
        Set<String> selection = check.ids(json.selection(), "/selection", all, "/scene");
        String focus = json.focus() == null ? null : check.id(json.focus(), "/focus", nodes, "/scene/nodes");
        SessionFilter filter = filter(json.filter());
        SessionLayout layout = check.vocabulary(json.layout(), "/layout", "layout", SessionLayout::fromCode, SessionLayout.codes());
        Session.Camera camera = camera(json.camera());
        List<Note> notes = notes(json.notes(), nodes, links);
        NodeEncoding encoding = new SessionNodes(check).read(json.nodeStyle());
        Eras eras = new SessionEras(check).read(json.eras());
        log.throwIfAny(SessionException::new);
        return new Session(savedAt, store, new Session.Scene(List.copyOf(nodes), List.copyOf(links)), positions, pinned, hidden,
                filter, selection, focus, layout, camera, notes, encoding, eras);
    }

    private <T> List<T> required(List<T> values, String pointer) {
        if (values == null) {
            log.add(pointer, "required field " + SessionChecks.fieldName(pointer) + " is missing or null", "give it a list, even an empty one: []");
        }
        return values;
    }

    private StoreIdentity store(StoreJson json) {
        if (json == null) {
            log.add("/store", "required field store is missing or null", "say which store the session was made on: uri, database, contentDigest");
            return null;
        }
        String uri = check.text(json.uri(), "/store/uri", true, SessionChecks.MAX_SHORT_TEXT, false);
        if (uri != null && StoreIdentity.hasUserInfo(uri)) {
            log.add("/store/uri", "the store address carries a user name or password", "remove everything before the @; sessions never keep credentials");
            uri = null;
        }
        String database = check.text(json.database(), "/store/database", true, SessionChecks.MAX_SHORT_TEXT, false);
        String digest = check.text(json.contentDigest(), "/store/contentDigest", true, SessionChecks.MAX_SHORT_TEXT, false);
        return uri == null || database == null || digest == null ? null : new StoreIdentity(uri, database, digest);
    }

    private Map<String, Session.Position> positions(Map<String, List<Double>> json, Set<String> nodes) {
        Map<String, Session.Position> positions = new LinkedHashMap<>();
        if (json == null) {
            return positions;
        }
        for (Map.Entry<String, List<Double>> entry : json.entrySet()) {
            String at = "/positions/" + escape(entry.getKey());
            List<Double> xy = entry.getValue();
            if (!nodes.contains(entry.getKey())) {
                log.add(at, "\"" + entry.getKey() + "\" has a position but is not in /scene/nodes", "add it to the scene or remove its position");
            } else if (xy == null || xy.size() != 2) {
                log.add(at, "a position is [x, y], two numbers", "write it as [12.5, -40]");
            } else {
                Double x = check.finite(xy.get(0), at + "/0");
                Double y = check.finite(xy.get(1), at + "/1");
                if (x != null && y != null) {
                    positions.put(entry.getKey(), new Session.Position(x, y));
                }
            }
        }
        return positions;
    }

    private SessionFilter filter(FilterJson json) {
        if (json == null) {
            return SessionFilter.NONE;
        }
        List<ChannelType> types = new ArrayList<>();
        List<String> codes = json.channelTypes() == null ? List.of() : json.channelTypes();
        for (int i = 0; i < codes.size(); i++) {
            ChannelType type = check.vocabulary(codes.get(i), "/filter/channelTypes/" + i, "channel type", ChannelType::fromCode, ChannelType.codes());
            if (type != null && types.contains(type)) {
                log.add("/filter/channelTypes/" + i, "channel type \"" + type.code() + "\" is listed twice", "list each type once");
            } else if (type != null) {
                types.add(type);
            }
        }
        YearRange years = null;
        if (json.years() != null) {
            Integer from = year(json.years().from(), "/filter/years/from");
            Integer to = year(json.years().to(), "/filter/years/to");
            if (from != null && to != null && to < from) {
                log.add("/filter/years/to", "the year range ends (" + to + ") before it starts (" + from + ")", "swap them");
            } else if (from != null && to != null) {
                years = new YearRange(from, to);
            }
        }
        return new SessionFilter(Set.copyOf(types), years);
    }

    private Integer year(Integer value, String pointer) {
        if (value == null) {
            log.add(pointer, "required year " + SessionChecks.fieldName(pointer) + " is missing or null", "give a year");
            return null;
        }
        if (value < PartialDate.MIN_YEAR || value > PartialDate.MAX_YEAR) {
            log.add(pointer, "year " + value + " is out of range", "years run from " + PartialDate.MIN_YEAR + " to " + PartialDate.MAX_YEAR);
            return null;
        }
        return value;
    }

    private Session.Camera camera(CameraJson json) {
        if (json == null) {
            return null;
        }
        Double x = check.finite(json.x(), "/camera/x");
        Double y = check.finite(json.y(), "/camera/y");
        Double zoom = check.finite(json.zoom(), "/camera/zoom");
        if (zoom != null && zoom <= 0) {
            log.add("/camera/zoom", "zoom " + zoom + " is not positive", "give pixels per world unit, e.g. 1.0");
            return null;
        }
        return x == null || y == null || zoom == null ? null : new Session.Camera(x, y, zoom);
    }

    private List<Note> notes(List<NoteJson> json, Set<String> nodes, Set<String> links) {
        List<Note> notes = new ArrayList<>();
        for (int i = 0; json != null && i < json.size(); i++) {
            String at = "/notes/" + i;
            NoteJson n = json.get(i);
            if (n == null) {
                log.add(at, "a note is null", "remove it or give it a target, text, created and modified");
                continue;
            }
            Note.Target target = check.vocabulary(n.target(), at + "/target", "target", Note.Target::fromCode, Note.Target.codes());
            String id = targetId(target, n.id(), at, nodes, links);
            String text = check.text(n.text(), at + "/text", true, SessionChecks.MAX_NOTE, true);
            Instant created = check.instant(n.created(), at + "/created");
            Instant modified = check.instant(n.modified(), at + "/modified");
            if (created != null && modified != null && modified.isBefore(created)) {
                log.add(at + "/modified", "the note was modified (" + modified + ") before it was created (" + created + ")", "correct one of them");
            } else if (target != null && (id != null || target == Note.Target.SESSION) && text != null && created != null && modified != null) {
                notes.add(new Note(target, id, text, created, modified));
            }
        }
        return notes;
    }

    private String targetId(Note.Target target, String id, String at, Set<String> nodes, Set<String> links) {
        if (target == null) {
            return null;
        }
        if (target == Note.Target.SESSION) {
            if (id != null) {
                log.add(at + "/id", "a note on the session names no element", "remove id, or make the target node or link");
            }
            return null;
        }
        Set<String> scope = target == Note.Target.NODE ? nodes : links;
        String where = target == Note.Target.NODE ? "/scene/nodes" : "/scene/links";
        if (id == null) {
            log.add(at + "/id", "a note on a " + target.code() + " needs the id of its " + target.code(), "give id");
            return null;
        }
        return check.id(id, at + "/id", scope, where);
    }

    /** A map key as a JSON pointer segment (RFC 6901). */
    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
