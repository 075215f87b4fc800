package org.backchannel.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErasTest {

    @Test
    void theDefaultsAreTheBuiltInErasAndAnswerToTheirOldCodes() {
        assertThat(Eras.DEFAULTS.all()).extracting(NamedEra::years).containsExactlyElementsOf(
                Arrays.stream(Era.values()).map(Era::years).toList());
        for (Era era : Era.values()) {
            assertThat(Eras.DEFAULTS.named(era.code())).map(NamedEra::years).contains(era.years());
        }
        assertThat(Eras.DEFAULTS.keys()).containsExactlyElementsOf(Arrays.stream(Era.values()).map(Era::code).toList());
    }

    @Test
    void aNameIsMatchedIgnoringCaseAccentsAndPunctuation() {
        Eras eras = Eras.DEFAULTS.with(new NamedEra("Nixon years", 1969, 1974));
        assertThat(eras.named("nixon-years")).map(NamedEra::name).contains("Nixon years");
        assertThat(eras.named("NIXON  YEARS")).map(NamedEra::name).contains("Nixon years");
        assertThat(eras.named("Ford years")).isEmpty();
    }

    @Test
    void aNameIsRefusedWhenEmptyTakenOrReadableAsYears() {
        Eras eras = new Eras(List.of(new NamedEra("Nixon years", 1969, 1974)));
        assertThat(eras.nameProblem(" ", null)).contains("is empty");
        assertThat(eras.nameProblem("nixon years", null)).get().asString().contains("is taken");
        assertThat(eras.nameProblem("nixon years", "Nixon years")).as("renaming an era to itself in other letters").isEmpty();
        assertThat(eras.nameProblem("1969-1974", null)).get().asString().contains("reads as years");
        assertThat(eras.nameProblem("—", null)).contains("has no letter or digit");
        assertThat(eras.nameProblem("x".repeat(Eras.MAX_NAME + 1), null)).get().asString().contains("the limit is");
        assertThat(eras.nameProblem("Ford years", null)).isEmpty();
    }

    @Test
    void yearsMustBeInRangeAndInOrder() {
        assertThat(Eras.yearsProblem(1974, 1969)).get().asString().contains("ends (1969) before it starts (1974)");
        assertThat(Eras.yearsProblem(0, 1969)).get().asString().contains("out of range");
        assertThat(Eras.yearsProblem(1969, PartialDate.MAX_YEAR + 1)).get().asString().contains("out of range");
        assertThat(Eras.yearsProblem(1969, 1969)).isEmpty();
    }

    @Test
    void aChangedEraKeepsItsPlaceAndAListNeverHoldsOneNameTwice() {
        Eras changed = Eras.DEFAULTS.replacing("detente", new NamedEra("Détente proper", 1972, 1975));
        assertThat(changed.all().get(1)).isEqualTo(new NamedEra("Détente proper", 1972, 1975));
        assertThat(changed.without("cold-war").all()).hasSize(Eras.DEFAULTS.all().size() - 1);
        assertThatThrownBy(() -> Eras.DEFAULTS.with(new NamedEra("cold war", 1950, 1960))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theErasARangeTouchesComeInListOrder() {
        Eras eras = new Eras(List.of(new NamedEra("Late", 2000, 2010), new NamedEra("Early", 1960, 1970)));
        assertThat(eras.overlapping(new YearRange(1965, 2005))).extracting(NamedEra::name).containsExactly("Late", "Early");
        assertThat(eras.overlapping(new YearRange(1980, 1990))).isEmpty();
    }
}
