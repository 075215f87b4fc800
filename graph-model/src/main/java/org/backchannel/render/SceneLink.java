package org.backchannel.render;

import java.util.Objects;
import org.backchannel.model.ChannelType;
import org.backchannel.model.LinkType;
import org.backchannel.model.Secrecy;

/**
 * A link as it is on screen, between two {@link SceneNode}s of the same scene.
 *
 * @param type {@code null} for a relationship type the app does not know
 * @param channelType the type of the channel an exchange went through or a participant took part in, or
 *                    {@code null}; always {@code null} for other link types (see {@link Palette#throughChannel}),
 *                    so that no painter can draw a study of a channel as a use of it
 * @param secrecy that channel's secrecy, or {@code null}, likewise
 * @param label what the link is and when (its type and date), drawn on it when link labels are asked for;
 *              empty for none
 * @param mutual an exchange without a direction (a meeting its parties attended together): drawn without
 *               an arrowhead, where an exchange with a direction has one
 */
public record SceneLink(String id, String fromId, String toId, LinkType type, ChannelType channelType,
                        Secrecy secrecy, boolean highlighted, boolean dimmed, String label, boolean mutual) {

    /** A link with its direction, as every link of Backchannel's own data has. */
    public SceneLink(String id, String fromId, String toId, LinkType type, ChannelType channelType,
                     Secrecy secrecy, boolean highlighted, boolean dimmed, String label) {
        this(id, fromId, toId, type, channelType, secrecy, highlighted, dimmed, label, false);
    }

    /** A link without a label. */
    public SceneLink(String id, String fromId, String toId, LinkType type, ChannelType channelType,
                     Secrecy secrecy, boolean highlighted, boolean dimmed) {
        this(id, fromId, toId, type, channelType, secrecy, highlighted, dimmed, "");
    }

    public SceneLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fromId, "fromId");
        Objects.requireNonNull(toId, "toId");
        label = label == null ? "" : label;
        mutual = mutual && type == LinkType.SPOKE_WITH;
        if (!Palette.throughChannel(type)) {
            channelType = null;
            secrecy = null;
        }
    }
}
