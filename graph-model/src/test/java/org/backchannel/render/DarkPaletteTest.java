package org.backchannel.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.backchannel.model.ChannelType;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.junit.jupiter.api.Test;

class DarkPaletteTest {

    private final Palette light = Palette.standard();
    private final Palette dark = Palette.dark();

    @Test
    void everyLinkAndLabelStandsOutFromTheDarkBackgroundAtLeastAsWellAsOnWhite() {
        for (LinkType type : LinkType.values()) {
            assertThat(contrast(dark.linkColour(type), dark.background())).as(type.name())
                    .isGreaterThanOrEqualTo(contrast(light.linkColour(type), light.background()) * 0.9);
        }
        for (ChannelType type : ChannelType.values()) {
            assertThat(contrast(dark.channelColour(type), dark.background())).as(type.name()).isGreaterThan(3);
        }
        assertThat(contrast(dark.label(), dark.background())).isGreaterThan(7);
        assertThat(contrast(dark.selection(), dark.background())).isGreaterThan(7);
        assertThat(dark.labelHalo()).isEqualTo(dark.background());
    }

    @Test
    void nodesKeepTheirColoursAndShapesAndExportsStayOnWhite() {
        for (NodeKind kind : NodeKind.values()) {
            assertThat(dark.nodeFill(kind)).isEqualTo(light.nodeFill(kind));
            assertThat(dark.shape(kind)).isEqualTo(light.shape(kind));
        }
        assertThat(light.background()).isEqualTo(0xFFFFFF);
    }

    /** WCAG's contrast ratio between two colours. */
    private static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int rgb) {
        return 0.2126 * linear((rgb >> 16) & 0xFF) + 0.7152 * linear((rgb >> 8) & 0xFF) + 0.0722 * linear(rgb & 0xFF);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
