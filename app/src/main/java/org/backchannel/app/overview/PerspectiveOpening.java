package org.backchannel.app.overview;

import java.util.Optional;
import org.backchannel.perspective.NodeRole;
import org.backchannel.perspective.Perspective;
import org.backchannel.perspective.PerspectiveException;
import org.backchannel.perspective.PerspectiveProposal;
import org.backchannel.perspective.PerspectiveShelf;
import org.backchannel.perspective.SchemaSample;
import org.backchannel.render.Palette;
import org.backchannel.store.ConnectedStore;
import org.backchannel.store.StoreSummary;
import org.backchannel.store.neo4j.PerspectiveStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which perspective someone else's database opens through: the one the user kept for this store
 * (its address without credentials and database name), or else, on first opening or when the kept
 * one no longer fits, one proposed from the schema, for the user to correct in the dialog.
 *
 * @param schema   what the database has, to check corrections against
 * @param proposed whether the perspective was just proposed (the dialog opens) rather than kept
 * @param message  a line for the user: which perspective is in use, and why a kept one was not
 */
public record PerspectiveOpening(SchemaSample schema, Perspective perspective, boolean proposed, String message) {

    private static final Logger LOG = LoggerFactory.getLogger(PerspectiveOpening.class);

    /**
     * Runs in the background while the store opens: a bounded look at the schema, then reads only.
     * The window and the command line open someone else's database the same way.
     */
    public static Optional<PerspectiveOpening> open(ConnectedStore opened, StoreSummary summary, PerspectiveShelf shelf) {
        Optional<SchemaSample> found = opened.foreignSchema(summary);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SchemaSample schema = found.get();
        String uri = opened.address();
        String database = opened.databaseName();
        String notUsed = "";
        try {
            Optional<Perspective> kept = shelf.find(uri, database);
            if (kept.isPresent()) {
                use(opened, kept.get(), schema, shelf.fileFor(uri, database).toString());
                return Optional.of(new PerspectiveOpening(schema, kept.get(), false, "Read through the perspective kept for this database."));
            }
        } catch (PerspectiveException e) {
            LOG.warn("The kept perspective for {} was not used: {}", uri, e.getMessage());
            notUsed = "The kept perspective was not used (" + e.problems().get(0) + "). ";
        }
        Perspective proposal = PerspectiveProposal.propose(schema);
        try {
            use(opened, proposal, schema, "the proposal");
        } catch (PerspectiveException e) {
            throw new IllegalStateException("a perspective proposed from a store's schema names only what the store has", e);
        }
        return Optional.of(new PerspectiveOpening(schema, proposal, true,
                notUsed + "A perspective was proposed from this database's schema: check it in View → Perspective."));
    }

    /**
     * Reads the database through {@code chosen} from now on, its "other" labels coloured in the
     * perspective's order, so that every figure of this store colours them alike.
     *
     * @throws PerspectiveException naming what the store lacks; the perspective in use stays
     */
    public static PerspectiveStore use(ConnectedStore opened, Perspective chosen, SchemaSample schema, String where)
            throws PerspectiveException {
        PerspectiveStore through = opened.usePerspective(chosen, schema, where);
        Palette.orderOtherLabels(chosen.labelsWith(NodeRole.OTHER));
        return through;
    }
}
