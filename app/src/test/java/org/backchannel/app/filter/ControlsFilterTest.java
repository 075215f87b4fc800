package org.backchannel.app.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.backchannel.model.ChannelType;
import org.backchannel.model.YearRange;
import org.backchannel.store.GraphFilter;
import org.junit.jupiter.api.Test;

class ControlsFilterTest {

    private static final Set<ChannelType> ALL = EnumSet.allOf(ChannelType.class);

    @Test
    void everythingCheckedOverEveryLoadedYearIsNoFilter() {
        assertThat(ControlsFilter.of(ALL, 1962, 2022, 1962, 2022)).isEqualTo(GraphFilter.ALL);
        assertThat(ControlsFilter.of(ALL, 1950, 2030, 1962, 2022)).as("wider than what is loaded").isEqualTo(GraphFilter.ALL);
    }

    @Test
    void someTypesAndANarrowerRangeFilterByBoth() {
        GraphFilter filter = ControlsFilter.of(EnumSet.of(ChannelType.BACK_CHANNEL), 1969, 1977, 1962, 2022);

        assertThat(filter).isEqualTo(new GraphFilter(Set.of(ChannelType.BACK_CHANNEL), new YearRange(1969, 1977)));
    }

    @Test
    void crossedThumbsFilterNoYears() {
        assertThat(ControlsFilter.of(ALL, 1990, 1980, 1962, 2022).years()).isNull();
    }
}
