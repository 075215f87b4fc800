package org.backchannel.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdColumnTest {

    @Test
    void readsBackEachIdAndTellsItFromOthers() {
        List<String> ids = List.of("l-0", "", "kissinger-dobrynin-1970", "l-10");
        IdColumn column = IdColumn.of(ids);

        assertThat(column.size()).isEqualTo(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            assertThat(column.get(i)).isEqualTo(ids.get(i));
            assertThat(column.is(i, ids.get(i))).isTrue();
            assertThat(column.hash(i)).isEqualTo(ids.get(i).hashCode());
        }
        assertThat(column.is(0, "l-1")).isFalse();
        assertThat(column.is(3, "l-1")).isFalse();
        assertThat(column.is(1, "l")).isFalse();
    }

    @Test
    void idsBeyondAsciiComeBackAsTheyWent() {
        List<String> ids = List.of("gromyko–kissinger", "l-1", "société-🕊");
        IdColumn column = IdColumn.of(ids);

        for (int i = 0; i < ids.size(); i++) {
            assertThat(column.get(i)).isEqualTo(ids.get(i));
            assertThat(column.is(i, ids.get(i))).isTrue();
            assertThat(column.hash(i)).isEqualTo(ids.get(i).hashCode());
        }
        // Same length in characters, different text: not to be told equal by the bytes' count.
        assertThat(column.is(0, "gromyko-kissinger")).isFalse();
    }

    @Test
    void findsEachIdByItsTextAndNoOther() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            ids.add(i % 5 == 0 ? "échange-" + i : "l-" + i);
        }
        // "Aa" and "BB" share a String hash code.
        ids.addAll(List.of("Aa", "BB"));
        IdColumn column = IdColumn.of(ids);

        for (int i = 0; i < ids.size(); i++) {
            assertThat(column.indexOf(new String(ids.get(i)))).isEqualTo(i);
        }
        assertThat(column.indexOf("l-3000")).isEqualTo(-1);
        assertThat(column.indexOf("echange-0")).isEqualTo(-1);
    }

    @Test
    void saysWhetherAnIdComesTwiceAndFindsTheFirst() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            ids.add("l-" + i);
        }
        ids.add("société-🕊");
        assertThat(IdColumn.of(ids).distinct()).isTrue();

        ids.add("l-500");
        ids.add("société-🕊");
        IdColumn repeated = IdColumn.of(ids);
        assertThat(repeated.distinct()).isFalse();
        assertThat(repeated.indexOf("l-500")).isEqualTo(500);
        assertThat(repeated.indexOf("société-🕊")).isEqualTo(1000);
    }

    @Test
    void anEmptyColumnHoldsNothing() {
        assertThat(IdColumn.of(List.of()).size()).isZero();
        assertThat(IdColumn.of(List.of()).indexOf("l-0")).isEqualTo(-1);
    }
}
