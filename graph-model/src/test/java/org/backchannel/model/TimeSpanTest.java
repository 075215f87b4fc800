package org.backchannel.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TimeSpanTest {

    @Test
    void aPointStartsAndEndsOnTheSameDate() {
        TimeSpan point = TimeSpan.at(date("1970-06"));

        assertThat(point.isPoint()).isTrue();
        assertThat(point.isDated()).isTrue();
        assertThat(point.start()).isEqualTo(point.end());
        assertThat(point.years()).contains(new YearRange(1970, 1970));
        assertThat(point).hasToString("1970-06");
    }

    @Test
    void aSpanIsNotAPointAndCoversTheYearsOfBothEnds() {
        TimeSpan span = new TimeSpan(date("1969-11"), date("1972-05-26"));

        assertThat(span.isPoint()).isFalse();
        assertThat(span.years()).contains(new YearRange(1969, 1972));
        assertThat(span).hasToString("1969-11–1972-05-26");
    }

    @Test
    void aSpanWithNoEndReachesTheLastYearAModelDateCanHave() {
        TimeSpan ongoing = new TimeSpan(date("1963"), null);

        assertThat(ongoing.isDated()).isTrue();
        assertThat(ongoing.isPoint()).isFalse();
        assertThat(ongoing.years()).contains(new YearRange(1963, PartialDate.MAX_YEAR));
        assertThat(ongoing).hasToString("1963–");
    }

    @Test
    void aSpanWithNoStartIsTakenToBeginInTheYearItEnded() {
        TimeSpan endedOnly = new TimeSpan(null, date("1991-12-25"));

        assertThat(endedOnly.isDated()).isTrue();
        assertThat(endedOnly.isPoint()).isFalse();
        assertThat(endedOnly.years()).contains(new YearRange(1991, 1991));
        assertThat(endedOnly).hasToString("?–1991-12-25");
    }

    @Test
    void undatedHasNoYears() {
        assertThat(TimeSpan.UNDATED.isDated()).isFalse();
        assertThat(TimeSpan.UNDATED.isPoint()).isFalse();
        assertThat(TimeSpan.UNDATED.years()).isEmpty();
        assertThat(TimeSpan.UNDATED).hasToString("undated");
        assertThat(new TimeSpan(null, null)).isEqualTo(TimeSpan.UNDATED);
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        assertThatThrownBy(() -> new TimeSpan(date("1971"), date("1970-06")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1970-06")
                .hasMessageContaining("1971");
    }

    @Test
    void anEndOnTheDayBeforeTheStartIsRefused() {
        assertThatThrownBy(() -> new TimeSpan(date("1970-06-02"), date("1970-06-01")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void endsThatMayOverlapAtCoarserPrecisionAreAccepted() {
        TimeSpan monthWithinYear = new TimeSpan(date("1970-06"), date("1970"));
        TimeSpan dayWithinMonth = new TimeSpan(date("1970-06-15"), date("1970-06"));

        assertThat(monthWithinYear.years()).contains(new YearRange(1970, 1970));
        assertThat(dayWithinMonth.years()).contains(new YearRange(1970, 1970));
    }

    @Test
    void twoEqualDatesMadeSeparatelyAreAPoint() {
        assertThat(new TimeSpan(date("1970"), date("1970")).isPoint()).isTrue();
    }

    private static PartialDate date(String text) {
        return PartialDate.parse(text).orElseThrow();
    }
}
