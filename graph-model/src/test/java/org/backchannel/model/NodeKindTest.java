package org.backchannel.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NodeKindTest {

    @ParameterizedTest
    @EnumSource(NodeKind.class)
    void codeRoundTripsThroughFromCode(NodeKind kind) {
        assertThat(NodeKind.fromCode(kind.code())).contains(kind);
    }

    @Test
    void unknownOrDifferentlyCasedTextIsNoKind() {
        assertThat(NodeKind.fromCode("person")).isEmpty();
        assertThat(NodeKind.fromCode("Actor")).isEmpty();
        assertThat(NodeKind.fromCode(null)).isEmpty();
    }

    @Test
    void codesAreTheFiveKindsOfTheFormat() {
        assertThat(NodeKind.codes()).containsExactly("actor", "organization", "channel", "event", "outcome");
    }

    @Test
    void channelsAloneNeedNoCategoryAndHaveNone() {
        assertThat(NodeKind.CHANNEL.needsCategory()).isFalse();
        assertThat(NodeKind.CHANNEL.categories()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = NodeKind.class, names = "CHANNEL", mode = EnumSource.Mode.EXCLUDE)
    void everyOtherKindNeedsACategoryFromANonEmptyVocabulary(NodeKind kind) {
        assertThat(kind.needsCategory()).isTrue();
        assertThat(kind.categories()).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(NodeKind.class)
    void everyCategoryIsLowerKebabCase(NodeKind kind) {
        assertThat(kind.categories()).allMatch(category -> category.matches("[a-z]+(-[a-z]+)*"));
    }

    @ParameterizedTest
    @EnumSource(NodeKind.class)
    void labelIsTheCapitalisedCodeAndALegalBareCypherLabel(NodeKind kind) {
        assertThat(kind.label()).matches("[A-Z][a-z]+");
        assertThat(kind.label().toLowerCase(Locale.ROOT)).isEqualTo(kind.code());
    }

    @Test
    void categoriesAreThoseOfTheDatasetFormat() {
        assertThat(NodeKind.ACTOR.categories()).containsExactlyInAnyOrder("person", "group");
        assertThat(NodeKind.EVENT.categories()).contains("meeting", "military-action").hasSize(11);
        assertThat(NodeKind.ORGANIZATION.categories()).contains("state", "media").hasSize(9);
        assertThat(NodeKind.OUTCOME.categories()).contains("de-escalation", "no-agreement").hasSize(9);
    }
}
