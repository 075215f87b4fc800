package org.backchannel.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A session file exactly as written, before any checking. Every field is optional here so that the
 * validator, not Jackson, reports what is missing, with its location; the writer leaves out what is null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SessionJson(String format, String savedAt, StoreJson store, SceneJson scene, Map<String, List<Double>> positions,
                   List<String> pinned, List<String> hidden, FilterJson filter, List<String> selection, String focus,
                   String layout, CameraJson camera, List<NoteJson> notes, NodeStyleJson nodeStyle,
                   List<EraJson> eras) {

    /** What node sizes and colours meant; optional, written only when not the default. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NodeStyleJson(String sizeBy, String colourBy) {
    }

    record StoreJson(String uri, String database, String contentDigest) {
    }

    record SceneJson(List<String> nodes, List<String> links) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FilterJson(List<String> channelTypes, YearsJson years) {
    }

    record YearsJson(Integer from, Integer to) {
    }

    record CameraJson(Double x, Double y, Double zoom) {
    }

    record EraJson(String name, Integer from, Integer to) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NoteJson(String target, String id, String text, String created, String modified) {
    }
}
