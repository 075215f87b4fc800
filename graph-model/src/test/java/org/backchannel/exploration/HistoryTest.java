package org.backchannel.exploration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HistoryTest {

    private static Step step(String name, int cells) {
        Step step = new Step(name, null);
        for (int i = 0; i < cells; i++) {
            step.record(StateKey.of(StateKey.Field.HIDDEN, name + i), false, true);
        }
        return step;
    }

    @Test
    void theOldestStepsGoWhenThereAreTooMany() {
        History history = new History(3, 1_000);
        for (int i = 1; i <= 5; i++) {
            history.record(step("step " + i, 1));
        }
        assertThat(history.names()).containsExactly("step 3", "step 4", "step 5");
        assertThat(history.position()).isEqualTo(3);
    }

    @Test
    void theOldestStepsGoWhenTheyHoldTooManyCellsButTheNewestStaysWhateverItsSize() {
        History history = new History(100, 10);
        history.record(step("small", 4));
        history.record(step("middle", 5));
        assertThat(history.names()).containsExactly("small", "middle");

        history.record(step("large", 8));
        assertThat(history.names()).containsExactly("large");

        history.record(step("huge", 50));
        assertThat(history.names()).containsExactly("huge");
        assertThat(history.canUndo()).isTrue();
    }

    @Test
    void aNewStepDropsTheUndoneOnes() {
        History history = new History();
        history.record(step("a", 1));
        history.record(step("b", 1));
        history.stepToUndo();
        history.record(step("c", 1));
        assertThat(history.names()).containsExactly("a", "c");
        assertThat(history.canRedo()).isFalse();
    }
}
