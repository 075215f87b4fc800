package org.backchannel.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Opening a session against a store: same store or not, and what it no longer has. */
class ReconciliationTest {

    private final Session session = TestSessions.small();
    private final Set<String> allNodes = Set.copyOf(session.scene().nodeIds());
    private final Set<String> allLinks = Set.copyOf(session.scene().linkIds());

    @Test
    void theSameStoreWithEverythingStillThereIsClean() {
        Reconciliation found = Reconciliation.of(session, session.store(), allNodes, allLinks);
        assertThat(found.isClean()).isTrue();
        assertThat(found.messages()).isEmpty();
    }

    @Test
    void missingNodesAndLinksAreListedAndTheirNotesNamed() {
        Set<String> nodes = new HashSet<>(allNodes);
        nodes.remove("a");
        Set<String> links = new HashSet<>(allLinks);
        links.remove("b-c");

        Reconciliation found = Reconciliation.of(session, session.store(), nodes, links);

        assertThat(found.missingNodes()).containsExactly("a");
        assertThat(found.missingLinks()).containsExactly("b-c");
        assertThat(found.notesOnMissing()).extracting(Note::targetId).containsExactly("a");
        assertThat(found.messages()).containsExactly("1 node of the session is not in the store: a.",
                "1 link of the session is not in the store: b-c.",
                "1 note concerns elements the store no longer has; it is kept in the session.");
    }

    @Test
    void manyMissingIdsAreCountedNotAllSpelledOut() {
        Session large = TestSessions.large(50, 1);
        Reconciliation found = Reconciliation.of(large, large.store(), Set.of(), Set.of());
        assertThat(found.missingNodes()).hasSize(50);
        assertThat(found.messages().get(0)).startsWith("50 nodes of the session are not in the store: ")
                .endsWith(" and " + (50 - Reconciliation.NAMED_IN_MESSAGE) + " more.");
    }

    @Test
    void anotherStoreOrChangedDataIsSaidPlainly() {
        StoreIdentity saved = session.store();
        StoreIdentity changed = new StoreIdentity(saved.uri(), saved.database(), "another digest");
        StoreIdentity elsewhere = new StoreIdentity("neo4j+s://xxxx.databases.neo4j.io", "neo4j", saved.contentDigest());
        StoreIdentity otherDatabase = new StoreIdentity(saved.uri(), "archive", "another digest");

        assertThat(Reconciliation.of(session, changed, allNodes, allLinks).storeDifference())
                .hasValue("The data in bolt://localhost:7687 (database neo4j) has changed since this session was saved.");
        assertThat(Reconciliation.of(session, elsewhere, allNodes, allLinks).storeDifference())
                .hasValue("This session was saved on bolt://localhost:7687 (database neo4j) and is opened on "
                        + "neo4j+s://xxxx.databases.neo4j.io (database neo4j), which holds the same data.");
        assertThat(Reconciliation.of(session, otherDatabase, allNodes, allLinks).storeDifference())
                .hasValueSatisfying(s -> assertThat(s).contains("(database archive)", "different data"));
    }
}
