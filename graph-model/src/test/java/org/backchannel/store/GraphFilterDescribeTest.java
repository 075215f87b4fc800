package org.backchannel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.backchannel.model.ChannelType;
import org.backchannel.model.YearRange;
import org.junit.jupiter.api.Test;

class GraphFilterDescribeTest {

    @Test
    void namesTheKeptTypesWhileTheyAreFewer() {
        GraphFilter filter = new GraphFilter(Set.of(ChannelType.INTELLIGENCE, ChannelType.BACK_CHANNEL), null);

        assertThat(filter.describe()).isEqualTo("Back channel, Intelligence");
    }

    @Test
    void namesTheTypesLeftOutWhenFewerAreLeftOutThanKept() {
        Set<ChannelType> allButBack = EnumSet.complementOf(EnumSet.of(ChannelType.BACK_CHANNEL));

        assertThat(new GraphFilter(allButBack, new YearRange(1969, 1979)).describe())
                .isEqualTo("all channel types but Back channel; " + new YearRange(1969, 1979));
    }

    @Test
    void namesTheKeptTypesWhenAsManyAreKeptAsLeftOut() {
        ChannelType[] all = ChannelType.values();
        Set<ChannelType> firstHalf = EnumSet.noneOf(ChannelType.class);
        for (int i = 0; i < all.length / 2; i++) {
            firstHalf.add(all[i]);
        }

        assertThat(new GraphFilter(firstHalf, null).describe()).isEqualTo(firstHalf.stream()
                .map(ChannelType::displayName).collect(Collectors.joining(", ")));
    }

    @Test
    void saysAllWhenEveryTypeIsKept() {
        assertThat(new GraphFilter(EnumSet.allOf(ChannelType.class), null).describe()).isEqualTo("all channel types");
    }
}
