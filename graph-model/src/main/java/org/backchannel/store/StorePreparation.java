package org.backchannel.store;

import java.util.ArrayList;
import java.util.List;

/**
 * What preparing a database for Backchannel would do, found out without writing anything: the
 * indexes and constraints it lacks (as the statements that would create them), how many of
 * Backchannel's nodes lack the stored degree the overview orders by, and how many relationships the
 * lesser degree of their ends.
 *
 * @param missing            the statements that would create the missing indexes and constraints
 * @param nodesWithoutDegree Backchannel's nodes without a stored degree; -1 when counting them would mean reading every node
 * @param linksWithoutLesserDegree Backchannel's relationships without the lesser degree of their ends the overview
 *                           finds links by; -1 when counting them would mean reading every relationship
 * @param ownNodes           whether the database holds any of Backchannel's nodes at all
 */
public record StorePreparation(List<String> missing, long nodesWithoutDegree, long linksWithoutLesserDegree, boolean ownNodes) {

    public StorePreparation {
        missing = List.copyOf(missing);
    }

    /** True when browsing runs on Backchannel's indexes: nothing is missing. */
    public boolean isPrepared() {
        return missing.isEmpty() && nodesWithoutDegree == 0 && linksWithoutLesserDegree == 0;
    }

    /** What preparing would do, one line each, for a confirmation dialog or the command line. */
    public List<String> steps() {
        List<String> steps = new ArrayList<>(missing);
        if (nodesWithoutDegree > 0) {
            steps.add("store the degree (number of relationships) of " + nodesWithoutDegree + " nodes labelled Entity");
        } else if (nodesWithoutDegree < 0) {
            steps.add("store the degree (number of relationships) of every node labelled Entity that lacks one");
        }
        if (linksWithoutLesserDegree > 0) {
            steps.add("store on " + linksWithoutLesserDegree + " relationships the smaller degree of their two ends");
        } else if (linksWithoutLesserDegree < 0) {
            steps.add("store on every relationship between nodes labelled Entity that lacks it the smaller degree of its two ends");
        }
        return steps;
    }

    /**
     * A one-line notice for a database that holds Backchannel's data without its indexes, or empty:
     * someone else's graph gains nothing from them.
     */
    public String notice() {
        if (!ownNodes || isPrepared()) {
            return "";
        }
        return "This database is not prepared for Backchannel: browsing and search read every node, which is slow on a large store. "
                + "Prepare it with Connection… → Prepare this database, or the command \"backchannel prepare\".";
    }
}
