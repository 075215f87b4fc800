package org.backchannel.store.neo4j;

import java.util.function.Supplier;
import org.backchannel.store.StorePreparation;
import org.neo4j.driver.Driver;

/**
 * What a connection knows of its database's schema: which of Backchannel's indexes it has, and whether this
 * connection prepared it. The overview and search choose their queries by it; preparing and importing change it.
 * The one state {@link Neo4jGraphStore} holds besides its driver, so kept apart from the facade's reads.
 */
final class KnownSchema {

    private final Driver driver;
    private final ConnectionSettings settings;
    private volatile SchemaSetup.Found found;
    /**
     * Whether this connection prepared the database (its own store, an import, or the user's request):
     * only then is the lesser degree known to be kept up, so only then does the overview seek links by it.
     * A guest keeps the expansion, which needs nothing kept up.
     */
    private volatile boolean prepared;

    KnownSchema(Driver driver, ConnectionSettings settings) {
        this.driver = driver;
        this.settings = settings;
    }

    /** Looks at what the database has, afresh; writes nothing. */
    SchemaSetup.Found inspect() {
        SchemaSetup.Found now = guarded("reading which indexes the database has", () -> SchemaSetup.inspect(driver));
        found = now;
        return now;
    }

    /**
     * Creates what is missing (a database that lacks nothing is only read); from now on the degrees are this
     * connection's to keep up.
     */
    StorePreparation prepare() {
        SchemaSetup.Prepared done = guarded("preparing the database for Backchannel", () -> SchemaSetup.prepare(driver, settings));
        found = done.after();
        prepared = true;
        return done.done();
    }

    /** What preparing would create, as found when last looked at: no query. */
    StorePreparation preparationFound() {
        return found.preparation();
    }

    /** Whether the database had all it needs when last looked at. */
    boolean isPrepared() {
        return found.preparation().isPrepared();
    }

    boolean usable(String index) {
        return found.usable(index);
    }

    OverviewQuery.Indexes overviewIndexes() {
        return overviewIndexes(found, prepared);
    }

    /** The lesser degrees are sought only when known to be kept up: by a connection that prepared the store. */
    static OverviewQuery.Indexes overviewIndexes(SchemaSetup.Found found, boolean prepared) {
        if (!found.degreeIndexed()) {
            return OverviewQuery.Indexes.NONE;
        }
        return prepared && found.lesserDegreeIndexed() ? OverviewQuery.Indexes.DEGREES_AND_LESSER_DEGREES : OverviewQuery.Indexes.DEGREES;
    }

    private <T> T guarded(String doing, Supplier<T> work) {
        return StoreErrors.guarded(settings, doing, work);
    }
}
