package org.backchannel.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LinkTypeTest {

    @ParameterizedTest
    @EnumSource(LinkType.class)
    void codeRoundTripsThroughFromCode(LinkType type) {
        assertThat(LinkType.fromCode(type.code())).contains(type);
    }

    @ParameterizedTest
    @EnumSource(LinkType.class)
    void relationshipTypeIsUpperSnakeCaseAndRoundTrips(LinkType type) {
        assertThat(type.relationshipType()).matches("[A-Z]+(_[A-Z]+)*");
        assertThat(type.relationshipType()).isEqualTo(type.code().toUpperCase(Locale.ROOT).replace('-', '_'));
        assertThat(LinkType.fromRelationshipType(type.relationshipType())).contains(type);
    }

    @ParameterizedTest
    @EnumSource(LinkType.class)
    void codeIsLowerKebabCase(LinkType type) {
        assertThat(type.code()).matches("[a-z]+(-[a-z]+)*");
    }

    @Test
    void unknownOrDifferentlyCasedTextIsNoType() {
        assertThat(LinkType.fromCode("talked-to")).isEmpty();
        assertThat(LinkType.fromCode("SPOKE_WITH")).isEmpty();
        assertThat(LinkType.fromCode(null)).isEmpty();
        assertThat(LinkType.fromRelationshipType("spoke-with")).isEmpty();
        assertThat(LinkType.fromRelationshipType("Spoke_With")).isEmpty();
        assertThat(LinkType.fromRelationshipType(null)).isEmpty();
    }

    @Test
    void communicationIsExactlyTheLinksMessagesTravelAlong() {
        assertThat(LinkType.COMMUNICATION).extracting(LinkType::code)
                .containsExactlyInAnyOrder("spoke-with", "participates-in", "took-part-in");
    }

    @Test
    void codesListsEveryTypeOnceInDeclarationOrder() {
        assertThat(LinkType.codes()).doesNotHaveDuplicates().hasSize(LinkType.values().length)
                .startsWith("spoke-with").endsWith("located-in");
    }

    @Test
    void onlySpokeWithNeedsAChannel() {
        assertThat(LinkType.values()).filteredOn(LinkType::needsChannel).containsExactly(LinkType.SPOKE_WITH);
    }

    @Test
    void onlyHoldsOfficeNeedsARoleAndEveryTypeThatNeedsOneAllowsIt() {
        assertThat(LinkType.values()).filteredOn(LinkType::needsRole).containsExactly(LinkType.HOLDS_OFFICE);
        assertThat(LinkType.values()).filteredOn(LinkType::allowsRole).containsExactlyInAnyOrder(LinkType.HOLDS_OFFICE,
                LinkType.PARTICIPATES_IN, LinkType.TOOK_PART_IN, LinkType.AFFILIATED_WITH, LinkType.AUTHORED);
    }

    @Test
    void endpointKindsFollowTheDatasetFormatTable() {
        assertThat(LinkType.SPOKE_WITH.fromKinds()).containsExactlyInAnyOrder(NodeKind.ACTOR, NodeKind.ORGANIZATION);
        assertThat(LinkType.SPOKE_WITH.toKinds()).containsExactlyInAnyOrder(NodeKind.ACTOR, NodeKind.ORGANIZATION);
        assertThat(LinkType.PARTICIPATES_IN.toKinds()).containsExactly(NodeKind.CHANNEL);
        assertThat(LinkType.HOLDS_OFFICE.fromKinds()).containsExactly(NodeKind.ACTOR);
        assertThat(LinkType.CONCERNS.toKinds()).containsExactlyInAnyOrder(NodeKind.values());
        assertThat(LinkType.CONNECTS.fromKinds()).containsExactly(NodeKind.CHANNEL);
    }
}
