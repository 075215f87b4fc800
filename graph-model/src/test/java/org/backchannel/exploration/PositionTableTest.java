package org.backchannel.exploration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Positions frozen for the autosave stay as they were however the drawing changes after; the drawing reads the
 * table as a map would hold the same puts.
 */
class PositionTableTest {

    private final PositionTable table = new PositionTable();
    private final Map<String, Point> expected = new HashMap<>();

    private void put(String id, Point at) {
        table.put(id, at);
        if (at == null) {
            expected.remove(id);
        } else {
            expected.put(id, at);
        }
    }

    @Test
    void aFrozenTableKeepsItsPositionsThroughLaterMovesAdditionsAndRemovals() {
        int nodes = 3 * PositionTable.CHUNK + 17;
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < nodes; i++) {
            put("n" + i, new Point(random.nextDouble(), random.nextDouble()));
        }
        PositionTable.Frozen first = table.freeze();
        Map<String, Point> atFirst = Map.copyOf(expected);

        for (int i = 0; i < nodes; i += 97) {
            put("n" + i, new Point(-i, i));
        }
        put("n5", null);
        put("new", new Point(1, 2));
        PositionTable.Frozen second = table.freeze();
        put("n6", new Point(6, 6));

        assertThat(first.toMap()).isEqualTo(atFirst);
        assertThat(second.toMap()).doesNotContainKey("n5").containsEntry("new", new Point(1, 2))
                .containsEntry("n97", new Point(-97, 97)).hasSize(nodes);
        assertThat(table.freeze().toMap()).isEqualTo(expected);
    }

    @Test
    void freezingAgainWithNothingChangedGivesTheSameTable() {
        put("a", new Point(1, 1));
        PositionTable.Frozen frozen = table.freeze();

        assertThat(table.freeze()).isSameAs(frozen);
        put("a", new Point(2, 2));
        assertThat(table.freeze()).isNotSameAs(frozen);
        assertThat(frozen.toMap()).containsExactly(Map.entry("a", new Point(1, 1)));
    }

    @Test
    void aRemovedNodePlacedAgainIsBackWhereItWasPut() {
        put("a", new Point(1, 1));
        put("a", null);
        assertThat(table.freeze().toMap()).isEmpty();
        put("a", new Point(3, 4));
        assertThat(table.freeze().toMap()).isEqualTo(expected);
    }

    @Test
    void theDrawingAnswersAsAMapOfTheSamePutsWould() {
        DrawingModel drawing = new DrawingModel();
        SplittableRandom random = new SplittableRandom(11);
        int ids = PositionTable.CHUNK + 300;
        for (int step = 0; step < 4 * ids; step++) {
            String id = "n" + random.nextInt(ids);
            Point at = random.nextInt(5) == 0 ? null : new Point(random.nextDouble(), -random.nextDouble());
            Point was = expected.get(id);
            assertThat(drawing.put(id, at)).isEqualTo(was);
            put(id, at);
        }

        assertThat(drawing.positions()).isEqualTo(expected).hasSize(expected.size());
        for (int i = 0; i < ids; i++) {
            assertThat(drawing.position("n" + i)).isEqualTo(Optional.ofNullable(expected.get("n" + i)));
        }
        drawing.clear();
        assertThat(drawing.positions()).isEmpty();
        assertThat(drawing.position("n1")).isEmpty();
    }
}
