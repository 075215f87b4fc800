package org.backchannel.store.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The overview's timeout grows with the nodes asked for, never below the browsing one. */
class TimedReadsTest {

    @Test
    void anOverviewOfTenTimesTheNodesMayTakeTenTimesAsLong() {
        assertThat(TimedReads.overviewTimeout(100_000)).isEqualTo(TimedReads.overviewTimeout(10_000).multipliedBy(10));
    }

    @Test
    void aSmallOverviewKeepsTheBrowsingTimeout() {
        assertThat(TimedReads.overviewTimeout(1)).isEqualTo(TimedReads.overviewTimeout(10_000));
        assertThat(TimedReads.overviewTimeout(10_001)).isEqualTo(TimedReads.overviewTimeout(10_000).multipliedBy(2));
    }
}
