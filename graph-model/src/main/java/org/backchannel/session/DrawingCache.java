package org.backchannel.session;

import java.util.List;
import java.util.Objects;
import org.backchannel.model.ChannelType;
import org.backchannel.model.Eras;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.model.Secrecy;

/**
 * What was drawn when a session was saved, enough to draw it again before the store answers: the
 * visible nodes with their names, kinds, channel types, secrecy and positions, the visible links with
 * their ends, and the camera. It sits beside the session file ({@link DrawingCacheFile}) and is only
 * a cache: the session file stays the record of the analyst's work, and the store the record of the
 * data. See docs/decisions/0019-drawing-cache-beside-the-session.md.
 *
 * @param sessionBytes the length and CRC-32 of the session file written with it: a cache that does not
 *                     match the session beside it is not drawn
 * @param camera       what the window showed, or null to fit the graph
 * @param filter       the filter the picture was drawn under: the nodes and links are only what passed it, and
 *                     the window says which filter that was while the picture is shown
 * @param eras         the analyst's eras, so that the era the filter shows is named as when live
 */
public record DrawingCache(SessionStamp sessionBytes, List<Node> nodes, List<Link> links, Session.Camera camera, SessionFilter filter,
                           Eras eras) {

    public DrawingCache {
        Objects.requireNonNull(sessionBytes, "sessionBytes");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(eras, "eras");
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
    }

    /** A picture drawn with nothing filtered. */
    public DrawingCache(SessionStamp sessionBytes, List<Node> nodes, List<Link> links, Session.Camera camera) {
        this(sessionBytes, nodes, links, camera, SessionFilter.NONE, Eras.DEFAULTS);
    }

    /** The same picture, stamped with the session file it was written with. */
    public DrawingCache stamped(SessionStamp stamp) {
        return new DrawingCache(stamp, nodes, links, camera, filter, eras);
    }

    /** Which bytes of a session file a cache belongs to. */
    public record SessionStamp(long length, long crc32) {

        public static final SessionStamp NONE = new SessionStamp(-1, -1);

        public static SessionStamp of(byte[] content) {
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(content);
            return new SessionStamp(content.length, crc.getValue());
        }
    }

    /**
     * A drawn node; {@code channelType} and {@code secrecy} are null but for channels.
     *
     * @param pinned   whether the analyst pinned it (drawn with a pin)
     * @param selected whether it was selected
     */
    public record Node(String id, NodeKind kind, String name, ChannelType channelType, Secrecy secrecy, double x, double y,
                       boolean pinned, boolean selected) {

        public Node {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                throw new IllegalArgumentException("a position must be finite, not " + x + ", " + y);
            }
        }
    }

    /**
     * A drawn link; its ends and channel are places in {@link #nodes()}, {@code channel} is -1 when the
     * link went through no drawn channel; {@code mutual} for an exchange without a direction (a meeting),
     * drawn without an arrowhead.
     */
    public record Link(String id, LinkType type, int from, int to, int channel, boolean mutual) {

        public Link {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(type, "type");
        }

        /** A link with its direction, as every link of Backchannel's own data has. */
        public Link(String id, LinkType type, int from, int to, int channel) {
            this(id, type, from, to, channel, false);
        }
    }
}
