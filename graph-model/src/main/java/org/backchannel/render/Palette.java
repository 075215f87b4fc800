package org.backchannel.render;

import java.util.List;
import org.backchannel.model.ChannelType;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.model.Secrecy;

/**
 * One palette, defined once, shared by the screen, the legend and every exporter, so that a figure in a
 * paper never disagrees with what the user saw. Colours are {@code 0xRRGGBB} ints.
 *
 * <p>Node kinds take their fills from the Okabe–Ito palette (safe for the common colour-vision
 * deficiencies, without its yellow, which vanishes on white paper) and each kind also has its own shape.
 * Channel types colour links, which have no shape to fall back on, so they take eight colours from Paul
 * Tol's "muted" scheme, designed for lines on a white background and distinct for colour-blind readers.
 * Only links that went through a channel (an exchange over it, or taking part in it) take the channel's
 * colour and its secrecy's dash: a scholar who studied a back channel, or a case study that concerns it,
 * is drawn in a neutral grey, or the figure would say he used it. The neutral links come in a few grey
 * styles, each with its own legend entry ({@link NeutralLinks}). Secrecy is a dash pattern rather than a
 * colour, so that it survives greyscale printing. An exchange with a direction is arrowed; a mutual one
 * (a meeting of its parties) is not, so that no figure says who spoke first where the record does not.
 */
public final class Palette {

    private static final Palette STANDARD = new Palette(false);
    private static final Palette DARK = new Palette(true);

    /** Drawn on a dark surface: the screen under the dark theme; exports stay on white paper. */
    private final boolean dark;

    private Palette(boolean dark) {
        this.dark = dark;
    }

    /** The palette used everywhere on white; a single instance so that all views agree. */
    public static Palette standard() {
        return STANDARD;
    }

    /** A node's fill: its kind's, or for a node of another label, that label's own colour. */
    public int nodeFill(NodeKind kind, String group) {
        return kind == null && group != null ? otherFill(group) : nodeFill(kind);
    }

    public int nodeStroke(NodeKind kind, String group) {
        return kind == null && group != null ? Rgb.darker(otherFill(group), 0.6) : nodeStroke(kind);
    }

    /**
     * Gives the labels a perspective leaves "other" their colours, in this order (the perspective's,
     * sorted): distinct for the first eight, the same wherever the perspective is used.
     */
    public static void orderOtherLabels(List<String> labels) {
        OtherLabelColours.order(labels);
    }

    /** The colour of nodes of an "other" label (a group of labels as the store names them). */
    public int otherFill(String group) {
        return OtherLabelColours.fill(group);
    }

    /**
     * The same palette for the screen under a dark theme: the same node colours and shapes, channel colours
     * lightened and neutral links inverted in lightness so that they keep their contrast on a dark background,
     * light labels with a dark halo.
     */
    public static Palette dark() {
        return DARK;
    }

    public int nodeFill(NodeKind kind) {
        if (kind == null) {
            return unknownKindFill();
        }
        return switch (kind) {
            case ACTOR -> 0x0072B2;        // Okabe–Ito blue
            case ORGANIZATION -> 0x009E73; // bluish green
            case CHANNEL -> 0xD55E00;      // vermillion
            case EVENT -> 0xE69F00;        // orange
            case OUTCOME -> 0xCC79A7;      // reddish purple
        };
    }

    /** A darker shade of the fill, so that light fills keep a visible edge on white. */
    public int nodeStroke(NodeKind kind) {
        return Rgb.darker(nodeFill(kind), 0.6);
    }

    public NodeShape shape(NodeKind kind) {
        if (kind == null) {
            return NodeShape.OCTAGON;
        }
        return switch (kind) {
            case ACTOR -> NodeShape.CIRCLE;
            case ORGANIZATION -> NodeShape.ROUNDED_SQUARE;
            case CHANNEL -> NodeShape.DIAMOND;
            case EVENT -> NodeShape.HEXAGON;
            case OUTCOME -> NodeShape.TRIANGLE;
        };
    }

    /** The colour of a link that went through a channel of this type. */
    public int channelColour(ChannelType type) {
        int colour = switch (type) {
            case BACK_CHANNEL -> 0x882255;       // Tol muted wine
            case HEAD_OF_STATE_LINE -> 0x332288; // indigo
            case OFFICIAL_TALKS -> 0x44AA99;     // teal
            case DIPLOMATIC_MISSION -> 0x88CCEE; // cyan
            case TRUSTED_EMISSARY -> 0xCC6677;   // rose
            case INTELLIGENCE -> 0x117733;       // green
            case PARLIAMENTARY -> 0x999933;      // olive
            case CIVIL_SOCIETY -> 0xAA4499;      // purple
        };
        return dark ? Rgb.mix(colour, 0xFFFFFF, 0.35) : colour;
    }

    /**
     * The colour of a link that carries no channel type: greys, darker for links along which messages
     * travel and for cause and effect, lighter for structure and scholarship. {@code null} is a link type
     * the app does not know.
     */
    public int linkColour(LinkType type) {
        if (type == null) {
            return onSurface(0xC4C4C4);
        }
        return onSurface(switch (type) {
            case SPOKE_WITH, PARTICIPATES_IN, TOOK_PART_IN -> 0x5E5E5E;
            case LED_TO -> 0x7A6A58;
            case HOLDS_OFFICE, AFFILIATED_WITH, CONNECTS, PART_OF, LOCATED_IN -> 0x969696;
            case STUDIED, AUTHORED, CONCERNS -> 0xB0B0B0;
        });
    }

    /** Whether links of this type carry the colour and secrecy of a channel: exchanges and taking part in one. */
    public static boolean throughChannel(LinkType type) {
        return type == LinkType.SPOKE_WITH || type == LinkType.PARTICIPATES_IN;
    }

    /**
     * How a link with a direction is stroked. A link through a channel (see {@link #throughChannel}) whose
     * channel is known takes the channel type's colour and its secrecy's dash; every other link is a solid
     * neutral line of its type's group ({@link NeutralLinks}). Exchanges and cause and effect are arrowed.
     */
    public LinkStyle linkStyle(LinkType type, ChannelType channelType, Secrecy secrecy) {
        return linkStyle(type, channelType, secrecy, false);
    }

    /** How a link is stroked: as {@link #linkStyle(LinkType, ChannelType, Secrecy)}, without an arrowhead when it is mutual. */
    public LinkStyle linkStyle(LinkType type, ChannelType channelType, Secrecy secrecy, boolean mutual) {
        boolean arrow = type == LinkType.SPOKE_WITH && !mutual || type == LinkType.LED_TO;
        if (channelType != null && throughChannel(type)) {
            return new LinkStyle(channelColour(channelType), 2, secrecy, arrow);
        }
        return new LinkStyle(linkColour(type), NeutralLinks.width(type), null, arrow);
    }

    /** How a link is stroked, whatever the scene has made of it (its channel, its direction). */
    public LinkStyle linkStyle(SceneLink link) {
        return linkStyle(link.type(), link.channelType(), link.secrecy(), link.mutual());
    }

    /**
     * The dash pattern for a channel's secrecy, in pixels: the more hidden, the more broken the line.
     * {@code null} means solid (public channels, and links without a secrecy). Returns a fresh array.
     */
    public double[] dash(Secrecy secrecy) {
        if (secrecy == null) {
            return null;
        }
        return switch (secrecy) {
            case SECRET -> new double[] {3, 3};
            case DENIABLE -> new double[] {8, 3, 2, 3};
            case ACKNOWLEDGED -> new double[] {10, 5};
            case PUBLIC -> null;
        };
    }

    /** White, so that exports print without wasting ink; AtlantaFX's dark background on a dark screen. */
    public int background() {
        return dark ? 0x0D1117 : 0xFFFFFF;
    }

    public int label() {
        return dark ? 0xE6EDF3 : 0x222222;
    }

    /** Drawn behind labels so that they stay readable over links. */
    public int labelHalo() {
        return background();
    }

    /** Like a highlighter pen: drawn under highlighted nodes and links, leaving their own colours intact. */
    public int highlight() {
        return 0xF0E442;
    }

    /** The ring around selected nodes. */
    public int selection() {
        return dark ? 0xFFFFFF : 0x000000;
    }

    /** Opacity (0–255) of elements pushed into the background by a filter or a selection. */
    public int dimmedAlpha() {
        return 56;
    }

    /** The fill for node labels the app does not know (someone else's database). */
    public int unknownKindFill() {
        return 0x9A9A9A;
    }

    /** A grey meant for white paper as it reads on this palette's background: lightness inverted on a dark one. */
    private int onSurface(int grey) {
        return dark ? 0xFFFFFF - grey : grey;
    }
}
