package org.backchannel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.backchannel.model.GraphLink;
import org.backchannel.model.LinkType;
import org.backchannel.model.TimeSpan;
import org.junit.jupiter.api.Test;

/** Shortest paths found a layer at a time over links handed out per frontier, as a perspective store reads them. */
class LayeredPathSearchTest {

    private static GraphLink link(String id, String from, String to) {
        return new GraphLink(id, LinkType.SPOKE_WITH, from, to, null, null, null, TimeSpan.UNDATED, null, List.of());
    }

    /** a–b–d and a–c–d are both two hops; a–e–f–d is three. */
    private static final List<GraphLink> LINKS = List.of(link("ab", "a", "b"), link("bd", "b", "d"), link("ac", "a", "c"),
            link("cd", "d", "c"), link("ae", "a", "e"), link("ef", "e", "f"), link("fd", "f", "d"));

    private final List<Collection<String>> asked = new ArrayList<>();

    private List<GraphLink> linksOf(Collection<String> frontier) {
        asked.add(frontier);
        return LINKS.stream().filter(l -> frontier.contains(l.fromId()) || frontier.contains(l.toId())).toList();
    }

    @Test
    void findsEveryShortestPathInWalkingOrderAskingOncePerHop() {
        List<List<GraphLink>> paths = LayeredPathSearch.find("a", "d", 5, 10, this::linksOf);

        assertThat(paths).extracting(p -> p.stream().map(GraphLink::id).toList())
                .containsExactlyInAnyOrder(List.of("ab", "bd"), List.of("ac", "cd"));
        assertThat(asked).hasSize(2);
    }

    @Test
    void keepsToTheLimitAndTheHopCap() {
        assertThat(LayeredPathSearch.find("a", "d", 5, 1, this::linksOf)).hasSize(1);
        assertThat(LayeredPathSearch.find("a", "d", 1, 10, this::linksOf)).isEmpty();
        assertThat(LayeredPathSearch.find("a", "a", 3, 10, this::linksOf)).isEmpty();
    }

    @Test
    void aLongerPathIsFoundWhenTheShorterLinksAreFilteredOut() {
        List<List<GraphLink>> paths = LayeredPathSearch.find("a", "d", 5, 10,
                frontier -> linksOf(frontier).stream().filter(l -> !List.of("bd", "cd").contains(l.id())).toList());

        assertThat(paths).extracting(p -> p.stream().map(GraphLink::id).toList()).containsExactly(List.of("ae", "ef", "fd"));
    }
}
