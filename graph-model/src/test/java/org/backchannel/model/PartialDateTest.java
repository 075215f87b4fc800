package org.backchannel.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @Test
    void parsesAYearAlone() {
        assertThat(PartialDate.parse("1970")).contains(new PartialDate(1970, 0, 0));
    }

    @Test
    void parsesAYearAndMonth() {
        assertThat(PartialDate.parse("2021-11")).contains(new PartialDate(2021, 11, 0));
    }

    @Test
    void parsesAFullDate() {
        assertThat(PartialDate.parse("2022-01-17")).contains(new PartialDate(2022, 1, 17));
    }

    @Test
    void parsesTheFirstAndLastYearsAllowed() {
        assertThat(PartialDate.parse("0001")).contains(PartialDate.ofYear(PartialDate.MIN_YEAR));
        assertThat(PartialDate.parse("9999")).contains(PartialDate.ofYear(PartialDate.MAX_YEAR));
    }

    @Test
    void acceptsTheTwentyNinthOfFebruaryInALeapYear() {
        assertThat(PartialDate.parse("2024-02-29")).contains(new PartialDate(2024, 2, 29));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"0000", "2022-00", "2022-00-00", "2022-05-00", "99999", "2022-02-30", "2023-02-29", "2022-13", "2022-04-31", "1970-1", "1970-01-1",
            "70", " 1970", "1970 ", "1970-", "1970/01", "1970-01-01T00:00", "year", "-1970", "+1970"})
    void rejectsTextThatIsNotAPartialDate(String text) {
        assertThat(PartialDate.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsNoText(String text) {
        assertThat(PartialDate.parse(text)).isEmpty();
    }

    @Test
    void rejectsDigitsOfOtherScripts() {
        assertThat(PartialDate.parse("١٩٧٠")).isEmpty();
    }

    @Test
    void constructorRejectsAYearOutsideTheRange() {
        assertThatThrownBy(() -> PartialDate.ofYear(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.ofYear(10000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void constructorRejectsADayWithoutAMonth() {
        assertThatThrownBy(() -> new PartialDate(1970, 0, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void constructorRejectsADayNotInTheCalendar() {
        assertThatThrownBy(() -> new PartialDate(2023, 2, 29))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2023-02-29");
    }

    @Test
    void precisionIsWhatTheTextGave() {
        assertThat(PartialDate.parse("1970").orElseThrow().precision()).isEqualTo(PartialDate.Precision.YEAR);
        assertThat(PartialDate.parse("1970-06").orElseThrow().precision()).isEqualTo(PartialDate.Precision.MONTH);
        assertThat(PartialDate.parse("1970-06-15").orElseThrow().precision()).isEqualTo(PartialDate.Precision.DAY);
    }

    @Test
    void aYearMeansItsFirstToItsLastDay() {
        PartialDate year = PartialDate.ofYear(1970);
        assertThat(year.earliest()).isEqualTo(LocalDate.of(1970, 1, 1));
        assertThat(year.latest()).isEqualTo(LocalDate.of(1970, 12, 31));
    }

    @Test
    void aMonthMeansItsFirstToItsLastDay() {
        PartialDate november = PartialDate.parse("2021-11").orElseThrow();
        assertThat(november.earliest()).isEqualTo(LocalDate.of(2021, 11, 1));
        assertThat(november.latest()).isEqualTo(LocalDate.of(2021, 11, 30));
    }

    @Test
    void februaryEndsOnTheTwentyNinthInALeapYearOnly() {
        assertThat(PartialDate.parse("2024-02").orElseThrow().latest()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(PartialDate.parse("2023-02").orElseThrow().latest()).isEqualTo(LocalDate.of(2023, 2, 28));
    }

    @Test
    void aDayIsBothItsEarliestAndLatest() {
        PartialDate day = PartialDate.parse("2022-01-17").orElseThrow();
        assertThat(day.earliest()).isEqualTo(LocalDate.of(2022, 1, 17));
        assertThat(day.latest()).isEqualTo(day.earliest());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0001", "0999", "1970", "2021-11", "2022-01-17", "2024-02-29", "9999-12-31"})
    void toStringGivesBackTheParsedText(String text) {
        assertThat(PartialDate.parse(text).orElseThrow()).hasToString(text);
    }

    @Test
    void toStringPadsSmallYearsToFourDigits() {
        assertThat(new PartialDate(42, 3, 7)).hasToString("0042-03-07");
    }

    @Test
    void ordersByEarliestDayThenByLatest() {
        PartialDate day = date("1970-01-01");
        PartialDate month = date("1970-01");
        PartialDate year = date("1970");
        PartialDate june = date("1970-06");

        assertThat(day).isLessThan(month);
        assertThat(month).isLessThan(year);
        assertThat(year).isLessThan(june);
        assertThat(june).isLessThan(date("1971"));
    }

    @Test
    void sortsASampleIntoOneConsistentOrder() {
        List<PartialDate> expected = List.of(date("1969-12-31"), date("1970-01-01"), date("1970-01"), date("1970"),
                date("1970-01-02"), date("1970-06"), date("1970-06-30"), date("1970-12-31"), date("1971"));
        List<PartialDate> shuffled = new ArrayList<>(expected);
        Collections.reverse(shuffled);
        Collections.swap(shuffled, 0, 4);

        Collections.sort(shuffled);

        assertThat(shuffled).containsExactlyElementsOf(expected);
    }

    @Test
    void compareToIsAntisymmetricTransitiveAndConsistentWithEquals() {
        List<PartialDate> sample = List.of(date("1969-12-31"), date("1970"), date("1970-01"), date("1970-01-01"),
                date("1970-06"), date("1970-12"), date("1970-12-31"), date("1971"), new PartialDate(1970, 6, 0));
        for (PartialDate a : sample) {
            for (PartialDate b : sample) {
                assertThat(Integer.signum(a.compareTo(b))).as("%s vs %s", a, b).isEqualTo(-Integer.signum(b.compareTo(a)));
                assertThat(a.compareTo(b) == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
                for (PartialDate c : sample) {
                    if (a.compareTo(b) < 0 && b.compareTo(c) < 0) {
                        assertThat(a).as("%s < %s < %s", a, b, c).isLessThan(c);
                    }
                }
            }
        }
    }

    private static PartialDate date(String text) {
        return PartialDate.parse(text).orElseThrow();
    }
}
