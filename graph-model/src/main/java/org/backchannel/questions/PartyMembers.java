package org.backchannel.questions;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.model.GraphLink;
import org.backchannel.model.LinkType;

/**
 * Who speaks for a party: the party itself, and for a state or organization everyone and everything that
 * holds an office in it or is affiliated with it, and so on down (Kissinger holds an office in the State
 * Department, which is affiliated with the United States). Only links the data holds count; nobody is a
 * member by name or by guess.
 */
final class PartyMembers {

    private PartyMembers() {
    }

    static Set<String> of(LoadedGraph graph, String partyId) {
        Set<String> members = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        members.add(partyId);
        queue.add(partyId);
        while (!queue.isEmpty()) {
            String organization = queue.poll();
            for (GraphLink link : graph.linksOf(organization)) {
                boolean joins = link.type() == LinkType.HOLDS_OFFICE || link.type() == LinkType.AFFILIATED_WITH;
                if (joins && link.toId().equals(organization) && members.add(link.fromId())) {
                    queue.add(link.fromId());
                }
            }
        }
        return members;
    }
}
