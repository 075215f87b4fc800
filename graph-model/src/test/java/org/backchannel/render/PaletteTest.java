package org.backchannel.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.backchannel.model.ChannelType;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.model.Secrecy;
import org.junit.jupiter.api.Test;

class PaletteTest {

    private final Palette palette = Palette.standard();

    @Test
    void everyKindHasItsOwnFillAndNoneLooksUnknown() {
        Set<Integer> fills = Arrays.stream(NodeKind.values()).map(palette::nodeFill).collect(Collectors.toSet());
        assertThat(fills).hasSize(NodeKind.values().length).doesNotContain(palette.unknownKindFill());
    }

    @Test
    void everyKindHasItsOwnShapeAndTheOctagonIsKeptForUnknownLabels() {
        Set<NodeShape> shapes = Arrays.stream(NodeKind.values()).map(palette::shape).collect(Collectors.toSet());
        assertThat(shapes).hasSize(NodeKind.values().length).doesNotContain(NodeShape.OCTAGON);
        assertThat(palette.shape(null)).isEqualTo(NodeShape.OCTAGON);
        assertThat(palette.nodeFill(null)).isEqualTo(palette.unknownKindFill());
    }

    @Test
    void strokesAreDarkerThanFillsSoLightShapesKeepAnEdge() {
        for (NodeKind kind : NodeKind.values()) {
            assertThat(luminance(palette.nodeStroke(kind))).as(kind.code()).isLessThan(luminance(palette.nodeFill(kind)));
        }
    }

    @Test
    void everyChannelTypeHasItsOwnColourAndNoneIsAGreyOfOrdinaryLinks() {
        Set<Integer> colours = Arrays.stream(ChannelType.values()).map(palette::channelColour).collect(Collectors.toSet());
        assertThat(colours).hasSize(8);
        Set<Integer> greys = Arrays.stream(LinkType.values()).map(palette::linkColour).collect(Collectors.toSet());
        greys.add(palette.linkColour(null));
        assertThat(colours).doesNotContainAnyElementsOf(greys);
        assertThat(greys).allSatisfy(grey -> assertThat(saturation(grey)).isLessThan(0.3));
    }

    @Test
    void onlyLinksThroughAChannelTakeItsColourAndDashAndEveryOtherTypeIsNeutral() {
        for (LinkType type : LinkType.values()) {
            LinkStyle style = palette.linkStyle(type, ChannelType.BACK_CHANNEL, Secrecy.DENIABLE);
            if (Palette.throughChannel(type)) {
                assertThat(style.rgb()).as(type.code()).isEqualTo(palette.channelColour(ChannelType.BACK_CHANNEL));
                assertThat(style.secrecy()).as(type.code()).isEqualTo(Secrecy.DENIABLE);
            } else {
                assertThat(style.rgb()).as(type.code()).isEqualTo(palette.linkColour(type));
                assertThat(saturation(style.rgb())).as(type.code()).isLessThan(0.3);
                assertThat(style.secrecy()).as(type.code()).isNull();
            }
        }
        assertThat(Palette.throughChannel(LinkType.STUDIED)).isFalse();
        assertThat(Palette.throughChannel(LinkType.CONCERNS)).isFalse();
    }

    @Test
    void everyLinkTypeBelongsToExactlyOneNeutralGroupAndAGroupIsOneStyle() {
        List<LinkType> grouped = NeutralLinks.GROUPS.stream().flatMap(List::stream).toList();
        assertThat(grouped).containsExactlyInAnyOrder(LinkType.values());
        for (List<LinkType> group : NeutralLinks.GROUPS) {
            Set<LinkStyle> styles = group.stream().map(t -> palette.linkStyle(t, null, null))
                    .map(s -> new LinkStyle(s.rgb(), s.width(), s.secrecy(), false)).collect(Collectors.toSet());
            assertThat(styles).as(group.toString()).hasSize(1);
        }
        Set<Integer> groupColours = NeutralLinks.GROUPS.stream().map(g -> palette.linkStyle(g.get(0), null, null).rgb())
                .collect(Collectors.toSet());
        assertThat(groupColours).hasSize(NeutralLinks.GROUPS.size());
    }

    @Test
    void aSceneLinkOfAnotherTypeDropsTheChannelItWasGiven() {
        SceneLink studied = new SceneLink("moss-studied", "moss", "channel", LinkType.STUDIED, ChannelType.BACK_CHANNEL,
                Secrecy.DENIABLE, false, false);
        SceneLink spoke = new SceneLink("k-d", "k", "d", LinkType.SPOKE_WITH, ChannelType.BACK_CHANNEL, Secrecy.DENIABLE,
                false, false);

        assertThat(studied.channelType()).isNull();
        assertThat(studied.secrecy()).isNull();
        assertThat(spoke.channelType()).isEqualTo(ChannelType.BACK_CHANNEL);
    }

    @Test
    void channelColoursStandOutFromTheBackground() {
        for (ChannelType type : ChannelType.values()) {
            assertThat(contrast(palette.channelColour(type), palette.background())).as(type.code()).isGreaterThan(1.5);
        }
    }

    @Test
    void secrecyDashesAreDistinctAndPublicIsSolid() {
        assertThat(palette.dash(Secrecy.PUBLIC)).isNull();
        assertThat(palette.dash(null)).isNull();
        List<List<Double>> patterns = Arrays.stream(Secrecy.values()).filter(s -> s != Secrecy.PUBLIC)
                .map(s -> Arrays.stream(palette.dash(s)).boxed().toList()).toList();
        assertThat(new HashSet<>(patterns)).hasSize(3);
        assertThat(patterns).allSatisfy(p -> assertThat(p).isNotEmpty().allSatisfy(d -> assertThat(d).isPositive()));
    }

    @Test
    void dashArraysAreCopiesSoNoCallerCanChangeThePalette() {
        palette.dash(Secrecy.SECRET)[0] = 99;
        assertThat(palette.dash(Secrecy.SECRET)[0]).isNotEqualTo(99);
    }

    @Test
    void labelsContrastWithTheirHaloAndDimmingIsPartial() {
        assertThat(contrast(palette.label(), palette.labelHalo())).isGreaterThan(7);
        assertThat(palette.dimmedAlpha()).isBetween(1, 254);
    }

    private static double luminance(int rgb) {
        return 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
    }

    private static double linear(int channel) {
        double c = (channel & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** The WCAG contrast ratio. */
    private static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double saturation(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        int max = Math.max(r, Math.max(g, b));
        int min = Math.min(r, Math.min(g, b));
        return max == 0 ? 0 : (max - min) / (double) max;
    }
}
