package org.backchannel.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class YearRangeTest {

    @Test
    void rangesSharingOnlyAnEndYearOverlap() {
        YearRange sixties = new YearRange(1960, 1969);
        YearRange seventies = new YearRange(1969, 1979);

        assertThat(sixties.overlaps(seventies)).isTrue();
        assertThat(seventies.overlaps(sixties)).isTrue();
    }

    @Test
    void adjacentButDisjointRangesDoNotOverlap() {
        YearRange coldWar = new YearRange(1947, 1991);
        YearRange after = new YearRange(1992, 2013);

        assertThat(coldWar.overlaps(after)).isFalse();
        assertThat(after.overlaps(coldWar)).isFalse();
    }

    @Test
    void aRangeInsideAnotherOverlapsIt() {
        assertThat(new YearRange(1947, 1991).overlaps(new YearRange(1970, 1970))).isTrue();
        assertThat(new YearRange(1970, 1970).overlaps(new YearRange(1947, 1991))).isTrue();
    }

    @Test
    void aSingleYearOverlapsItself() {
        YearRange year = new YearRange(1970, 1970);
        assertThat(year.overlaps(year)).isTrue();
    }

    @Test
    void unionSpansBothRanges() {
        assertThat(new YearRange(1970, 1972).union(new YearRange(1980, 1985))).isEqualTo(new YearRange(1970, 1985));
        assertThat(new YearRange(1980, 1985).union(new YearRange(1970, 1972))).isEqualTo(new YearRange(1970, 1985));
    }

    @Test
    void unionWithAContainedRangeIsTheOuterRange() {
        YearRange outer = new YearRange(1947, 1991);
        assertThat(outer.union(new YearRange(1969, 1979))).isEqualTo(outer);
    }

    @Test
    void aRangeEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> new YearRange(1971, 1970)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringShowsOneYearOrBothEnds() {
        assertThat(new YearRange(1970, 1970)).hasToString("1970");
        assertThat(new YearRange(1969, 1979)).hasToString("1969–1979");
    }
}
