package org.backchannel.store.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.backchannel.store.StorePreparation;
import org.junit.jupiter.api.Test;

/** Which overview the schema a connection found allows: the lesser degrees only when this connection keeps them up. */
class KnownSchemaTest {

    private static final StorePreparation COMPLETE = new StorePreparation(List.of(), 0, 0, true);

    private static SchemaSetup.Found found(Set<String> online, StorePreparation preparation) {
        return new SchemaSetup.Found(online, online, preparation);
    }

    private static Set<String> everyIndex() {
        Set<String> online = new HashSet<>(LesserDegree.indexNames());
        online.add(StoreSchema.DEGREE_INDEX);
        return online;
    }

    @Test
    void aPreparedConnectionSeeksLinksByTheirLesserDegree() {
        assertThat(KnownSchema.overviewIndexes(found(everyIndex(), COMPLETE), true))
                .isEqualTo(OverviewQuery.Indexes.DEGREES_AND_LESSER_DEGREES);
    }

    @Test
    void aGuestWalksTheDegreesOnlyEvenWhenTheLesserDegreesAreIndexed() {
        assertThat(KnownSchema.overviewIndexes(found(everyIndex(), COMPLETE), false)).isEqualTo(OverviewQuery.Indexes.DEGREES);
    }

    @Test
    void nodesWithoutADegreeMeanNoIndexAtAll() {
        StorePreparation someWithout = new StorePreparation(List.of(), 1, 0, true);
        assertThat(KnownSchema.overviewIndexes(found(everyIndex(), someWithout), true)).isEqualTo(OverviewQuery.Indexes.NONE);
        assertThat(KnownSchema.overviewIndexes(found(Set.of(), COMPLETE), true)).isEqualTo(OverviewQuery.Indexes.NONE);
    }
}
