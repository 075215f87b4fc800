package org.backchannel.store.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoreSchemaTest {

    @Test
    void everyItemIsNamedAsItsStatementNamesIt() {
        List<StoreSchema.Item> items = StoreSchema.items();

        assertThat(items).hasSameSizeAs(StoreSchema.statements());
        assertThat(items).extracting(StoreSchema.Item::name).doesNotHaveDuplicates()
                .contains("entity_id", "source_id", "entity_degree", StoreSchema.NAME_INDEX, "rel_spoke_with_id", "rel_spoke_with_years");
        for (StoreSchema.Item item : items) {
            assertThat(item.statement()).as(item.name()).contains(" " + item.name() + " IF NOT EXISTS ");
        }
    }
}
