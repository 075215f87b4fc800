package org.backchannel.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.backchannel.model.YearRange;
import org.junit.jupiter.api.Test;

/** Years kept narrow where they can be read back as they were given, and wide where they spread further. */
class YearPairsTest {

    @Test
    void yearsAndTheUndatedComeBackNarrowOrWide() {
        YearRange[] near = {new YearRange(-44, 1969), null, new YearRange(1969, 1969), new YearRange(2026, 2040)};
        // From the earliest to the latest is just one year too many for two bytes.
        YearRange[] far = {new YearRange(-40_000, -40_000), null, new YearRange(25_535, 25_535)};
        YearRange[] none = {null, null};

        for (YearRange[] years : new YearRange[][] {near, far, none}) {
            YearPairs pairs = YearPairs.of(years);

            assertThat(pairs.size()).isEqualTo(years.length);
            for (int i = 0; i < years.length; i++) {
                assertThat(pairs.years(i)).isEqualTo(years[i]);
                assertThat(pairs.dated(i)).isEqualTo(years[i] != null);
                assertThat(pairs.from(i)).isEqualTo(years[i] == null ? YearPairs.UNDATED : years[i].from());
                assertThat(pairs.to(i)).isEqualTo(years[i] == null ? YearPairs.UNDATED : years[i].to());
            }
        }
    }
}
