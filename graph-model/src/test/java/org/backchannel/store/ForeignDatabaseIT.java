package org.backchannel.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.store.neo4j.Neo4jGraphStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/** Someone else's database, with labels and relationship types Backchannel does not know, still opens. */
class ForeignDatabaseIT {

    private final Neo4jGraphStore store = SharedEmbeddedStore.store();

    @BeforeEach
    void replaceTheStoreWithSomeoneElsesGraph() {
        run("MATCH (n) DETACH DELETE n");
        run("CREATE (:Person {name: 'Ada', born: 1815})-[:KNOWS {since: 1833}]->(:Person:Mathematician {name: 'Charles'}),"
                + " (:City {title: 'London'}), (:Thing {weight: 3})");
    }

    @AfterEach
    void clearIt() {
        run("MATCH (n) DETACH DELETE n");
    }

    @Test
    void itsNodesAndRelationshipsAreShownWithTheirOwnNamesLabelsAndProperties() {
        Subgraph all = store.overview(GraphFilter.ALL, 100);

        assertThat(all.nodes()).extracting(GraphNode::name).contains("Ada", "Charles", "London")
                .anySatisfy(name -> assertThat(name).matches("Thing #\\d+")).hasSize(4);
        assertThat(all.nodes()).allSatisfy(n -> assertThat(n.isForeign()).isTrue());
        GraphNode ada = all.nodes().stream().filter(n -> n.name().equals("Ada")).findFirst().orElseThrow();
        assertThat(ada.otherProperties()).containsEntry("labels", "Person").containsEntry("born", "1815");
        assertThat(all.links()).singleElement().satisfies(link -> {
            assertThat(link.type()).isNull();
            assertThat(link.typeName()).isEqualTo("KNOWS");
            assertThat(link.fromId()).isEqualTo(ada.id());
        });
    }

    @Test
    void aForeignNodeCanBeExpanded() {
        GraphNode charles = store.overview(GraphFilter.ALL, 100).nodes().stream()
                .filter(n -> n.name().equals("Charles")).findFirst().orElseThrow();
        Subgraph around = store.neighbours(charles.id(), 10);
        assertThat(around.nodes()).extracting(GraphNode::name).containsExactlyInAnyOrder("Charles", "Ada");
        assertThat(around.links()).extracting(GraphLink::typeName).containsExactly("KNOWS");
    }

    @Test
    void aForeignNodesDetailsAreAllItsProperties() {
        GraphNode ada = store.overview(GraphFilter.ALL, 100).nodes().stream()
                .filter(n -> n.name().equals("Ada")).findFirst().orElseThrow();

        assertThat(store.nodeDetails(ada.id())).hasValueSatisfying(details -> assertThat(details.otherProperties())
                .containsEntry("labels", "Person").containsEntry("born", "1815").containsEntry("name", "Ada"));
    }

    private static void run(String cypher) {
        var neo4j = SharedEmbeddedStore.neo4j();
        try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(neo4j.username(), neo4j.password()))) {
            driver.executableQuery(cypher).execute();
        }
    }
}
