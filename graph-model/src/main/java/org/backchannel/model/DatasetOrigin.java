package org.backchannel.model;

import java.util.Map;

/**
 * Where a dataset was read from: the file as the user named it, a digest of its bytes, and where in
 * it each source, node and link is written ("file:line:column"), so that a conflict with another
 * dataset can name both places.
 */
public record DatasetOrigin(String file, String digest, Map<String, String> places) {

    public static final DatasetOrigin NONE = new DatasetOrigin("", "", Map.of());

    public DatasetOrigin {
        places = Map.copyOf(places);
    }

    public String placeOfSource(String id) {
        return places.getOrDefault("source:" + id, file);
    }

    public String placeOfNode(String id) {
        return places.getOrDefault("node:" + id, file);
    }

    public String placeOfLink(String id) {
        return places.getOrDefault("link:" + id, file);
    }
}
