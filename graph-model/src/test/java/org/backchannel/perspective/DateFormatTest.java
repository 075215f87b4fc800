package org.backchannel.perspective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.backchannel.model.PartialDate;
import org.backchannel.perspective.DateFormat.DateRead.Outcome;
import org.junit.jupiter.api.Test;

class DateFormatTest {

    private static final PartialDate AUGUST_4 = new PartialDate(2017, 8, 4);

    @Test
    void isoTextKeepsWhatItKnowsAndTakesTheDayOfADateTime() {
        assertEquals(PartialDate.ofYear(2017), DateFormat.ISO.read("2017").date());
        assertEquals(new PartialDate(2017, 8, 0), DateFormat.ISO.read("2017-08").date());
        assertEquals(AUGUST_4, DateFormat.ISO.read("2017-08-04").date());
        assertEquals(AUGUST_4, DateFormat.ISO.read("2017-08-04T23:30:00-05:00").date());
        assertEquals(AUGUST_4, DateFormat.ISO.read("2017-08-04T10:00:00").date());
    }

    @Test
    void dayFirstAndMonthFirstReadTheSameTextAsDifferentDays() {
        assertEquals(AUGUST_4, DateFormat.DAY_FIRST.read("04/08/2017").date());
        assertEquals(new PartialDate(2017, 4, 8), DateFormat.MONTH_FIRST.read("04/08/2017").date());
    }

    @Test
    void epochNumbersAreReadInUtcAndYearsAsYears() {
        long millis = LocalDate.of(2017, 8, 4).atTime(12, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
        assertEquals(AUGUST_4, DateFormat.EPOCH_MILLIS.read(millis).date());
        assertEquals(AUGUST_4, DateFormat.EPOCH_SECONDS.read(millis / 1000).date());
        assertEquals(AUGUST_4, DateFormat.EPOCH_MILLIS.read(String.valueOf(millis)).date());
        assertEquals(PartialDate.ofYear(1972), DateFormat.YEAR.read(1972L).date());
        assertEquals(PartialDate.ofYear(1972), DateFormat.YEAR.read(1972.0).date());
    }

    @Test
    void neo4jTemporalValuesAreReadWhateverTheFormatSays() {
        for (DateFormat format : List.of(DateFormat.ISO, DateFormat.EPOCH_MILLIS, DateFormat.DAY_FIRST)) {
            assertEquals(AUGUST_4, format.read(LocalDate.of(2017, 8, 4)).date());
            assertEquals(AUGUST_4, format.read(LocalDateTime.of(2017, 8, 4, 9, 0)).date());
            assertEquals(AUGUST_4, format.read(ZonedDateTime.of(2017, 8, 4, 23, 0, 0, 0, ZoneOffset.ofHours(-5))).date());
        }
    }

    @Test
    void aValueThatDoesNotFitIsUnparsedNeverGuessed() {
        assertEquals(Outcome.UNPARSED, DateFormat.DAY_FIRST.read("31/02/2017").outcome());
        assertEquals(Outcome.UNPARSED, DateFormat.DAY_FIRST.read("2017-08-04").outcome());
        assertEquals(Outcome.UNPARSED, DateFormat.ISO.read("04/08/2017").outcome());
        assertEquals(Outcome.UNPARSED, DateFormat.ISO.read(1501804800000L).outcome());
        assertEquals(Outcome.UNPARSED, DateFormat.YEAR.read(1972.5).outcome());
        assertEquals(Outcome.UNPARSED, DateFormat.YEAR.read(0L).outcome());
        assertEquals(Outcome.UNPARSED, DateFormat.EPOCH_MILLIS.read("soon").outcome());
    }

    @Test
    void aValueOfAnotherTypeIsReportedAsSuch() {
        assertEquals(Outcome.WRONG_TYPE, DateFormat.ISO.read(List.of("2017")).outcome());
        assertEquals(Outcome.WRONG_TYPE, DateFormat.EPOCH_MILLIS.read(true).outcome());
        assertEquals(Outcome.WRONG_TYPE, DateFormat.EPOCH_MILLIS.read(Instant.EPOCH).outcome());
    }

    @Test
    void aPatternWithoutDayMonthAndYearIsRefusedWithASentence() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DateFormat("MM/yyyy"));
        assertTrue(e.getMessage().contains("MM/yyyy"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new DateFormat(" "));
    }
}
