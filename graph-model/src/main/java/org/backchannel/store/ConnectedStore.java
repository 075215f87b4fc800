package org.backchannel.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.backchannel.dataset.DatasetException;
import org.backchannel.model.Dataset;
import org.backchannel.perspective.Perspective;
import org.backchannel.perspective.PerspectiveException;
import org.backchannel.perspective.SchemaSample;
import org.backchannel.store.embedded.EmbeddedNeo4j;
import org.backchannel.store.embedded.StoreLocation;
import org.backchannel.store.neo4j.ConnectionSettings;
import org.backchannel.store.neo4j.Neo4jGraphStore;
import org.backchannel.store.neo4j.PerspectiveStore;

/**
 * The store a Backchannel session works on, with whatever runs it: an external server the user
 * named, or the embedded DBMS, reached through Bolt either way. Closing it closes the driver and
 * then stops the embedded DBMS.
 */
public final class ConnectedStore implements AutoCloseable {

    /** Supplies the dataset to put into an empty embedded store. */
    @FunctionalInterface
    public interface DatasetSource {
        Dataset load() throws DatasetException;
    }

    private final Neo4jGraphStore store;
    private final EmbeddedNeo4j embedded;
    /** Someone else's database read through a perspective, once one is used; null before. */
    private volatile PerspectiveStore perspective;

    private ConnectedStore(Neo4jGraphStore store, EmbeddedNeo4j embedded) {
        this.store = store;
        this.embedded = embedded;
    }

    /** The server {@code NEO4J_URI} names, or else the embedded store under the app's home folder. */
    public static ConnectedStore fromEnvironment(Map<String, String> environment, Path appHome) {
        Optional<ConnectionSettings> external = ConnectionSettings.fromEnvironment(environment);
        return external.map(ConnectedStore::external).orElseGet(() -> embedded(StoreLocation.embeddedStore(appHome)));
    }

    /** Someone's Neo4j server, opened as a guest: nothing is written to it unless the user imports or prepares. */
    public static ConnectedStore external(ConnectionSettings settings) {
        return new ConnectedStore(Neo4jGraphStore.connect(settings), null);
    }

    public static ConnectedStore embedded(Path storeFolder) {
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(storeFolder);
        try {
            var settings = new ConnectionSettings(neo4j.boltUri(), neo4j.username(), neo4j.password());
            return new ConnectedStore(Neo4jGraphStore.connectAndPrepare(settings, neo4j::restartIfStopped), neo4j);
        } catch (RuntimeException e) {
            neo4j.close();
            throw e;
        }
    }

    /** The store to browse: read through the perspective in use, if there is one. */
    public GraphStore store() {
        PerspectiveStore through = perspective;
        return through != null ? through : store;
    }

    /**
     * What someone else's database has (an external store holding none of Backchannel's nodes), for
     * proposing or checking a perspective; empty for Backchannel's own data and for an empty database.
     * A bounded read.
     */
    public Optional<SchemaSample> foreignSchema(StoreSummary summary) {
        if (isEmbedded() || !summary.isEmpty()) {
            return Optional.empty();
        }
        SchemaSample sample = PerspectiveStore.sample(store);
        return sample.labels().isEmpty() ? Optional.empty() : Optional.of(sample);
    }

    /**
     * Reads the database through {@code perspective} from now on.
     *
     * @param where names the perspective in messages
     * @throws PerspectiveException naming what the store lacks; the perspective in use stays
     */
    public PerspectiveStore usePerspective(Perspective chosen, SchemaSample schema, String where) throws PerspectiveException {
        PerspectiveStore through = PerspectiveStore.open(store, schema, chosen, where);
        perspective = through;
        return through;
    }

    /** The perspective store in use, if any. */
    public Optional<PerspectiveStore> perspectiveStore() {
        return Optional.ofNullable(perspective);
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /** Where the data is, for the user: the embedded store's folder or the server's address. */
    public String describe() {
        return isEmbedded()
                ? "embedded Neo4j at " + embedded.home() + ", through " + embedded.boltUri()
                : "Neo4j at " + store.describe();
    }

    /** The server's address without credentials; for the embedded store, this run's Bolt address. */
    public String address() {
        return store.describe();
    }

    /** The database the store's queries run on, as the server names it. */
    public String databaseName() {
        return store.databaseName();
    }

    /** What preparing the database for Backchannel would create; reads only. */
    public StorePreparation preparation() {
        return store.preparation();
    }

    /** What preparing would create, as found when the store was opened (or last prepared); no query. */
    public StorePreparation preparationFound() {
        return store.preparationFound();
    }

    /**
     * Creates Backchannel's indexes and constraints and stores missing degrees: only when the user
     * asks for it (the embedded store prepares itself when it opens).
     *
     * @return what was missing and now exists
     */
    public StorePreparation prepare() {
        return store.prepare();
    }

    /** What an opened store holds, and what seeding imported into it, if anything. */
    public record Contents(Optional<ImportResult> seeded, StoreSummary summary) {
    }

    /**
     * On first start the embedded store is empty: fill it with the bundled dataset. External
     * servers are never written to without the user asking. The summary that decides is the one
     * returned, so that opening counts the store once (twice only after an import).
     */
    public Contents seedIfEmpty(DatasetSource source) throws DatasetException {
        StoreSummary summary = store.summary();
        if (!isEmbedded() || !summary.isEmpty()) {
            return new Contents(Optional.empty(), summary);
        }
        ImportResult imported = store.importDataset(source.load());
        return new Contents(Optional.of(imported), store.summary());
    }

    @Override
    public void close() {
        try {
            store.close();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
