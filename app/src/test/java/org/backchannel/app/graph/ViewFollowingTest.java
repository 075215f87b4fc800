package org.backchannel.app.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.function.Predicate;
import org.backchannel.exploration.Aspect;
import org.backchannel.exploration.ExplorationEvent;
import org.backchannel.exploration.ExplorationEvent.Cause;
import org.junit.jupiter.api.Test;

class ViewFollowingTest {

    private static final ExplorationEvent FILTERED = new ExplorationEvent(EnumSet.of(Aspect.FILTER), Cause.COMMAND);

    private static final Predicate<String> EVERY_NODE = id -> true;

    private final ViewFollowing following = new ViewFollowing();

    @Test
    void aFreshViewFollowsTheLayoutThroughAFilterChange() {
        following.layoutWanted(FILTERED, EVERY_NODE);
        assertThat(following.follows()).isTrue();
    }

    @Test
    void aViewTheAnalystMovedStaysPutThroughAFilterChange() {
        following.moved();
        following.layoutWanted(FILTERED, EVERY_NODE);
        assertThat(following.follows()).isFalse();
    }

    @Test
    void aRestoredViewStaysUntilTheNextFilterChangeWhichFitsAsInAFreshSession() {
        following.restored();
        assertThat(following.follows()).isFalse();

        following.layoutWanted(FILTERED, EVERY_NODE);
        assertThat(following.follows()).isTrue();
    }

    @Test
    void aRestoredViewTheAnalystThenMovedStaysPut() {
        following.restored();
        following.moved();
        following.layoutWanted(FILTERED, EVERY_NODE);
        assertThat(following.follows()).isFalse();
    }

    @Test
    void aViewCentredOnANodeStaysWhileTheNodeIsDrawn() {
        following.centred("kissinger");
        following.layoutWanted(FILTERED, EVERY_NODE);
        assertThat(following.follows()).isFalse();
    }

    @Test
    void aFilterThatTakesTheCentredNodeAwayFitsAgain() {
        following.centred("stent");
        following.layoutWanted(FILTERED, id -> !id.equals("stent"));
        assertThat(following.follows()).isTrue();
    }

    @Test
    void aViewMovedAfterCentringStaysPutThoughTheNodeGoes() {
        following.centred("stent");
        following.moved();
        following.layoutWanted(FILTERED, id -> !id.equals("stent"));
        assertThat(following.follows()).isFalse();
    }
}
