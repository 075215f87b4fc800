package org.backchannel.store.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PropertyPatternTest {

    @Test
    void everyKeyOfAnyRowIsSpelledOutOnceInOrderAndEscaped() {
        String pattern = PropertyPattern.of(List.of(Map.of("name", "A", "id", "a"), Map.of("id", "b", "odd`key", 1L)),
                "row", Map.of());

        assertThat(pattern).isEqualTo("{`id`: row.`id`, `name`: row.`name`, `odd``key`: row.`odd``key`}");
    }

    @Test
    void extraPropertiesComeAfterAndWinOverAKeyOfTheSameName() {
        String pattern = PropertyPattern.of(List.of(Map.of("id", "a", "degree", 3L)), "row.props", Map.of("degree", "0"));

        assertThat(pattern).isEqualTo("{`id`: row.props.`id`, `degree`: 0}");
    }

    @Test
    void rowsWithoutPropertiesGiveOnlyTheExtraOnes() {
        assertThat(PropertyPattern.of(List.of(Map.of()), "row", Map.of("degree", "0"))).isEqualTo("{`degree`: 0}");
        assertThat(PropertyPattern.of(List.of(), "row", Map.of())).isEqualTo("{}");
    }
}
