package org.backchannel.app.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.backchannel.exploration.Aspect;
import org.backchannel.exploration.ExplorationEvent;
import org.backchannel.exploration.ExplorationEvent.Cause;
import org.junit.jupiter.api.Test;

/** The store's digest is asked for when its graph has come, not for every change after. */
class IdentityAfterGraphTest {

    private int asked;
    private final IdentityAfterGraph after = new IdentityAfterGraph(() -> asked++);

    @Test
    void theGraphStartingOverAsksForTheDigest() {
        after.changed(new ExplorationEvent(EnumSet.allOf(Aspect.class), Cause.REOPENED));
        after.changed(new ExplorationEvent(EnumSet.allOf(Aspect.class), Cause.LOADED));

        assertThat(asked).isEqualTo(2);
    }

    @Test
    void theAnalystsChangesAndMoreNodesForAFilterDoNot() {
        after.changed(new ExplorationEvent(EnumSet.of(Aspect.SCENE), Cause.COMMAND));
        after.changed(new ExplorationEvent(EnumSet.of(Aspect.SCENE), Cause.LOADED));

        assertThat(asked).isZero();
    }
}
