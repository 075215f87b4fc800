package org.backchannel.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EraTest {

    @Test
    void nineteenSeventyIsInTheColdWarAndInDetente() {
        assertThat(Era.of(new YearRange(1970, 1970))).containsExactly(Era.COLD_WAR, Era.DETENTE);
    }

    @Test
    void twentyTwentyTwoIsOnlySince2014() {
        assertThat(Era.of(new YearRange(2022, 2022))).containsExactly(Era.SINCE_2014);
    }

    @Test
    void thePostColdWarYearsTouchNoOtherEra() {
        assertThat(Era.of(new YearRange(1992, 2013))).containsExactly(Era.POST_COLD_WAR);
    }

    @Test
    void aRangeAcrossTheEndOfTheColdWarBelongsToBothSides() {
        assertThat(Era.of(new YearRange(1991, 1992))).containsExactly(Era.COLD_WAR, Era.POST_COLD_WAR);
    }

    @Test
    void anOpenEndedSpanFromTheSixtiesReachesEveryLaterEra() {
        YearRange hotline = new TimeSpan(PartialDate.ofYear(1963), null).years().orElseThrow();
        assertThat(Era.of(hotline)).containsExactly(Era.values());
    }

    @Test
    void yearsBeforeTheColdWarBelongToNoEra() {
        assertThat(Era.of(new YearRange(1900, 1946))).isEmpty();
    }

    @Test
    void codesAreDistinctLowerKebabCase() {
        assertThat(Era.values()).extracting(Era::code).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @Test
    void erasAreDeclaredInChronologicalOrderOfTheirStart() {
        assertThat(Arrays.stream(Era.values()).mapToInt(e -> e.years().from())).isSorted();
    }
}
