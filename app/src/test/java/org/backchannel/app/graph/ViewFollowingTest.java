package org.backchannel.app.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.backchannel.exploration.Aspect;
import org.backchannel.exploration.ExplorationEvent;
import org.backchannel.exploration.ExplorationEvent.Cause;
import org.junit.jupiter.api.Test;

class ViewFollowingTest {

    private static final ExplorationEvent FILTERED = new ExplorationEvent(EnumSet.of(Aspect.FILTER), Cause.COMMAND);

    private final ViewFollowing following = new ViewFollowing();

    @Test
    void aFreshViewFollowsTheLayoutThroughAFilterChange() {
        following.layoutWanted(FILTERED);
        assertThat(following.follows()).isTrue();
    }

    @Test
    void aViewTheAnalystMovedStaysPutThroughAFilterChange() {
        following.moved();
        following.layoutWanted(FILTERED);
        assertThat(following.follows()).isFalse();
    }

    @Test
    void aRestoredViewStaysUntilTheNextFilterChangeWhichFitsAsInAFreshSession() {
        following.restored();
        assertThat(following.follows()).isFalse();

        following.layoutWanted(FILTERED);
        assertThat(following.follows()).isTrue();
    }

    @Test
    void aRestoredViewTheAnalystThenMovedStaysPut() {
        following.restored();
        following.moved();
        following.layoutWanted(FILTERED);
        assertThat(following.follows()).isFalse();
    }
}
