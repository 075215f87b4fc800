package org.backchannel.session;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a session finds when it is opened against a store: whether it is the store it was saved on,
 * and which of its nodes and links the store no longer has. Missing elements are listed, never
 * silently dropped, and notes on them are named, so that the analyst can decide what to do.
 *
 * @param storeDifference a sentence saying how the store differs from the one the session was saved on, if it does
 */
public record Reconciliation(Optional<String> storeDifference, List<String> missingNodes, List<String> missingLinks,
                             List<Note> notesOnMissing, List<String> changedNodes, List<String> addedLinks) {

    /** How many missing ids a message names before it says "and N more". */
    static final int NAMED_IN_MESSAGE = 10;

    public Reconciliation {
        missingNodes = List.copyOf(missingNodes);
        missingLinks = List.copyOf(missingLinks);
        notesOnMissing = List.copyOf(notesOnMissing);
        changedNodes = List.copyOf(changedNodes);
        addedLinks = List.copyOf(addedLinks);
    }

    /**
     * @param current      the store the session is opened against
     * @param nodesPresent which of the session's scene node ids the store has (others may be included)
     * @param linksPresent which of its scene link ids the store has
     */
    public static Reconciliation of(Session session, StoreIdentity current, Set<String> nodesPresent, Set<String> linksPresent) {
        List<String> nodes = session.scene().nodeIds().stream().filter(id -> !nodesPresent.contains(id)).toList();
        List<String> links = session.scene().linkIds().stream().filter(id -> !linksPresent.contains(id)).toList();
        Set<String> gone = new HashSet<>(nodes);
        gone.addAll(links);
        List<Note> notes = session.notes().stream().filter(n -> n.targetId() != null && gone.contains(n.targetId())).toList();
        return new Reconciliation(storeDifference(session.store(), current), nodes, links, notes, List.of(), List.of());
    }

    /**
     * The same findings with what else the store says since the session was saved, for the one line
     * the window shows when a picture drawn before the store answered is checked against it.
     *
     * @param changed how drawn nodes changed ("William Burns, now William J. Burns")
     * @param added   ids of links the store now has between the session's nodes, which are drawn too
     */
    public Reconciliation withChanges(List<String> changed, List<String> added) {
        return new Reconciliation(storeDifference, missingNodes, missingLinks, notesOnMissing, changed, added);
    }

    public boolean isClean() {
        return storeDifference.isEmpty() && missingNodes.isEmpty() && missingLinks.isEmpty() && changedNodes.isEmpty()
                && addedLinks.isEmpty();
    }

    /** Plain sentences for the user, one per finding; empty when the session fits the store. */
    public List<String> messages() {
        List<String> messages = new ArrayList<>();
        storeDifference.ifPresent(messages::add);
        if (!missingNodes.isEmpty()) {
            messages.add(count(missingNodes.size(), "node") + " of the session " + (missingNodes.size() == 1 ? "is" : "are")
                    + " not in the store: " + names(missingNodes) + ".");
        }
        if (!missingLinks.isEmpty()) {
            messages.add(count(missingLinks.size(), "link") + " of the session " + (missingLinks.size() == 1 ? "is" : "are")
                    + " not in the store: " + names(missingLinks) + ".");
        }
        if (!changedNodes.isEmpty()) {
            messages.add(count(changedNodes.size(), "node") + " changed since: " + names(changedNodes) + ".");
        }
        if (!addedLinks.isEmpty()) {
            messages.add(count(addedLinks.size(), "link") + " between the session's nodes " + (addedLinks.size() == 1 ? "is" : "are")
                    + " new since, and drawn: " + names(addedLinks) + ".");
        }
        if (!notesOnMissing.isEmpty()) {
            messages.add(count(notesOnMissing.size(), "note") + " concern" + (notesOnMissing.size() == 1 ? "s" : "")
                    + " elements the store no longer has; " + (notesOnMissing.size() == 1 ? "it is" : "they are") + " kept in the session.");
        }
        return messages;
    }

    /** A sentence saying how {@code current} differs from the store {@code saved} names, if it does. */
    public static Optional<String> storeDifference(StoreIdentity saved, StoreIdentity current) {
        boolean samePlace = saved.uri().equals(current.uri()) && saved.database().equals(current.database());
        boolean sameContent = saved.contentDigest().equals(current.contentDigest());
        if (samePlace && sameContent) {
            return Optional.empty();
        }
        if (samePlace) {
            return Optional.of("The data in " + current.describe() + " has changed since this session was saved.");
        }
        return Optional.of("This session was saved on " + saved.describe() + " and is opened on " + current.describe()
                + (sameContent ? ", which holds the same data." : ", which holds different data."));
    }

    private static String names(List<String> ids) {
        String shown = String.join(", ", ids.subList(0, Math.min(ids.size(), NAMED_IN_MESSAGE)));
        return ids.size() > NAMED_IN_MESSAGE ? shown + " and " + (ids.size() - NAMED_IN_MESSAGE) + " more" : shown;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
