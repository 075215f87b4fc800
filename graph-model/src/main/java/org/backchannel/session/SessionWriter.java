package org.backchannel.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backchannel.model.ChannelType;
import org.backchannel.session.SessionJson.CameraJson;
import org.backchannel.session.SessionJson.FilterJson;
import org.backchannel.session.SessionJson.NoteJson;
import org.backchannel.session.SessionJson.SceneJson;
import org.backchannel.session.SessionJson.StoreJson;
import org.backchannel.session.SessionJson.YearsJson;

/**
 * Writes a session as {@code backchannel-session/1} JSON: UTF-8, one field per line, lists on one line,
 * positions rounded to a hundredth of a world unit (far below a pixel), sets sorted, so that saving the
 * same session twice gives the same bytes and a 10,000-node session stays near 1 MB.
 */
public final class SessionWriter {

    private static final double POSITION_GRAIN = 100;

    private final ObjectWriter writer;

    public SessionWriter() {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(DefaultPrettyPrinter.NopIndenter.instance);
        writer = JsonMapper.builder().build().writer(pretty);
    }

    public byte[] toBytes(Session session) {
        try {
            byte[] json = writer.writeValueAsBytes(toJson(session));
            byte[] withNewline = new byte[json.length + 1];
            System.arraycopy(json, 0, withNewline, 0, json.length);
            withNewline[json.length] = '\n';
            return withNewline;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a session of plain values always serialises", e);
        }
    }

    private static SessionJson toJson(Session s) {
        Map<String, List<Double>> positions = new LinkedHashMap<>();
        for (String id : s.scene().nodeIds()) {
            Session.Position at = s.positions().get(id);
            if (at != null) {
                positions.put(id, List.of(round(at.x()), round(at.y())));
            }
        }
        FilterJson filter = s.filter().equals(SessionFilter.NONE) ? null : new FilterJson(
                s.filter().channelTypes().stream().sorted().map(ChannelType::code).toList(),
                s.filter().years() == null ? null : new YearsJson(s.filter().years().from(), s.filter().years().to()));
        CameraJson camera = s.camera() == null ? null : new CameraJson(s.camera().x(), s.camera().y(), s.camera().zoom());
        List<NoteJson> notes = s.notes().stream().map(n -> new NoteJson(n.target().code(), n.targetId(), n.text(),
                n.created().toString(), n.modified().toString())).toList();
        return new SessionJson(Session.FORMAT, s.savedAt().toString(),
                new StoreJson(s.store().uri(), s.store().database(), s.store().contentDigest()),
                new SceneJson(s.scene().nodeIds(), s.scene().linkIds()), positions, sorted(s.pinned()), sorted(s.hidden()),
                filter, sorted(s.selection()), s.focus(), s.layout().code(), camera, notes, SessionNodes.toJson(s.nodeEncoding()),
                SessionEras.toJson(s.eras()));
    }

    private static List<String> sorted(Set<String> ids) {
        List<String> list = new ArrayList<>(ids);
        list.sort(Comparator.naturalOrder());
        return list;
    }

    private static double round(double value) {
        return Math.round(value * POSITION_GRAIN) / POSITION_GRAIN;
    }
}
