package org.backchannel.render.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.backchannel.model.PartialDate;
import org.junit.jupiter.api.Test;

class TimeScaleTest {

    private static DayRange date(String text) {
        return DayRange.of(PartialDate.parse(text).orElseThrow());
    }

    private static double day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    @Test
    void aPartialDateIsEveryDayItMayMean() {
        DayRange year = date("1970");
        assertThat(year.from()).isEqualTo(LocalDate.of(1970, 1, 1).toEpochDay());
        assertThat(year.days()).isEqualTo(365);
        assertThat(date("2021-11").days()).isEqualTo(30);
        assertThat(date("2021-11-02").days()).isEqualTo(1);
    }

    @Test
    void laterDaysLieFurtherRightAndTheInverseGivesTheDayBack() {
        TimeScale scale = TimeScale.of(List.of(date("1963"), date("1970"), date("2005"), date("2021-11-02"), date("2022-01")));
        double previous = Double.NEGATIVE_INFINITY;
        for (long d = scale.firstDay() - 400; d < scale.lastDay() + 400; d += 37) {
            double u = scale.u(d);
            assertThat(u).isGreaterThanOrEqualTo(previous);
            previous = u;
            if (!scale.inBreak(d)) {
                assertThat(scale.day(u)).isCloseTo(d, within(0.5));
            }
        }
        assertThat(scale.u(scale.firstDay())).isCloseTo(0, within(1e-9));
        assertThat(scale.u(scale.lastDay())).isCloseTo(1, within(1e-9));
    }

    @Test
    void aLongEmptyStretchIsCutToABreakOfItsOwnNarrowWidth() {
        TimeScale scale = TimeScale.of(List.of(date("1960"), date("1961"), date("2000"), date("2001")));
        assertThat(scale.breaks()).hasSize(1);
        TimeScale.Break cut = scale.breaks().get(0);
        assertThat(cut.from()).isGreaterThan((long) day("1962-01-01"));
        assertThat(cut.to()).isLessThan((long) day("2000-01-01"));
        assertThat(scale.u(cut.to()) - scale.u(cut.from())).isCloseTo(TimeScale.BREAK_SHARE, within(1e-9));
    }

    @Test
    void aShortGapIsNotCut() {
        TimeScale scale = TimeScale.of(List.of(date("2000"), date("2002")));
        assertThat(scale.breaks()).isEmpty();
    }

    @Test
    void denseWeeksGetMoreRoomThanTheirShareOfTime() {
        List<DayRange> moments = new ArrayList<>(List.of(date("1969"), date("1977"), date("2019")));
        for (int d = 1; d <= 20; d++) {
            moments.add(date(String.format("2021-11-%02d", d)));
        }
        TimeScale scale = TimeScale.of(moments);
        double weeks = scale.u(day("2021-11-21")) - scale.u(day("2021-11-01"));
        double linear = 20.0 / (scale.lastDay() - scale.firstDay());
        assertThat(weeks).isGreaterThan(10 * linear);
        assertThat(weeks).isLessThan(1);
    }
}
