package org.backchannel.session;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An analyst's note on a node, a link or the session as a whole. Notes live in the session only; they
 * are never written to the store.
 *
 * @param targetId the node's or link's id; null for a note on the session
 */
public record Note(Target target, String targetId, String text, Instant created, Instant modified) {

    /** What a note is about. */
    public enum Target {
        NODE, LINK, SESSION;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Target> fromCode(String code) {
            return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
        }

        public static List<String> codes() {
            return Arrays.stream(values()).map(Target::code).toList();
        }
    }

    public Note {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(modified, "modified");
        if ((target == Target.SESSION) != (targetId == null)) {
            throw new IllegalArgumentException("a note on a node or link names it; a note on the session names nothing");
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("a note needs text");
        }
        if (modified.isBefore(created)) {
            throw new IllegalArgumentException("a note cannot be modified (" + modified + ") before it was created (" + created + ")");
        }
    }

    public static Note onSession(String text, Instant at) {
        return new Note(Target.SESSION, null, text, at, at);
    }

    public static Note onNode(String id, String text, Instant at) {
        return new Note(Target.NODE, id, text, at, at);
    }

    public static Note onLink(String id, String text, Instant at) {
        return new Note(Target.LINK, id, text, at, at);
    }
}
