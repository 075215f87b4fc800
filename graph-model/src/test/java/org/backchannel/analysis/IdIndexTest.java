package org.backchannel.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.model.IdColumn;
import org.junit.jupiter.api.Test;

class IdIndexTest {

    @Test
    void everyIdIsFoundAtItsPositionAndOthersAreNot() {
        String[] ids = new String[5_000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = "link-" + i;
        }
        IdIndex index = new IdIndex(ids);

        for (int i = 0; i < ids.length; i++) {
            assertThat(index.indexOf(new String(ids[i]))).isEqualTo(i);
            assertThat(index.id(i)).isSameAs(ids[i]);
        }
        assertThat(index.indexOf("link-5000")).isEqualTo(-1);
        assertThat(index.indexOf(42)).isEqualTo(-1);
        assertThat(index.indexOf(null)).isEqualTo(-1);
    }

    @Test
    void idsWhoseHashesCollideAreStillToldApart() {
        // "Aa" and "BB" have the same String hash code.
        IdIndex index = new IdIndex(new String[] {"Aa", "BB", "AaBB", "BBAa"});

        assertThat(index.indexOf("BB")).isEqualTo(1);
        assertThat(index.indexOf("Aa")).isEqualTo(0);
        assertThat(index.indexOf("BBAa")).isEqualTo(3);
        assertThat(new IdIndex(new String[0]).indexOf("x")).isEqualTo(-1);
    }

    @Test
    void idsKeptAsAColumnAreFoundAsStringsAre() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            ids.add(i % 7 == 0 ? "lien-é-" + i : "link-" + i);
        }
        ids.addAll(List.of("Aa", "BB"));
        IdIndex index = new IdIndex(IdColumn.of(ids));

        for (int i = 0; i < ids.size(); i++) {
            assertThat(index.indexOf(new String(ids.get(i)))).isEqualTo(i);
            assertThat(index.id(i)).isEqualTo(ids.get(i));
        }
        assertThat(index.indexOf("link-5000")).isEqualTo(-1);
        assertThat(index.indexOf("lien-e-0")).isEqualTo(-1);
        assertThat(index.indexOf(null)).isEqualTo(-1);
    }

    @Test
    void anIdGivenTwiceIsNoticedWhileTheTableIsBuiltEvenWhenHashesCollide() {
        assertThat(IdIndex.ofDistinct(new String[] {"Aa", "BB", "AaBB"})).isNotNull().satisfies(i -> assertThat(i.indexOf("BB")).isEqualTo(1));
        assertThat(IdIndex.ofDistinct(new String[] {"Aa", "BB", new String("Aa")})).isNull();
        assertThat(IdIndex.ofDistinct(new String[] {"x", "y", "x"})).isNull();
    }
}
