package org.backchannel.app.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.backchannel.app.filter.CurrentEra;
import org.backchannel.app.filter.FilterViewModel;
import org.backchannel.app.task.SameThreadTasks;
import org.backchannel.model.ChannelType;
import org.backchannel.model.Eras;
import org.backchannel.model.LinkType;
import org.backchannel.model.NamedEra;
import org.backchannel.model.NodeKind;
import org.backchannel.model.Secrecy;
import org.backchannel.session.DrawingCache;
import org.backchannel.session.SessionFilter;
import org.backchannel.store.GraphFilter;
import org.junit.jupiter.api.Test;

/**
 * The last session's picture, drawn before the store answers, says which filter it was drawn under as the live
 * graph does: the era's toggle on (the analyst's own era too), the channel types chosen, the status line's "filters: …";
 * and claims no years.
 */
class PictureFilterTest {

    @Test
    void aPictureSavedUnderTheAnalystsEraLightsItAndTheStatusSaysTheFilter() {
        ExplorerPanes panes = new ExplorerPanes(new SameThreadTasks());
        FilterViewModel filters = panes.filters();
        CurrentEra on = new CurrentEra(filters);
        // The analyst's own era, which only the picture's eras can name.
        NamedEra era = new NamedEra("Back-channel years", 1969, 1977);
        GraphFilter saved = new GraphFilter(Set.of(ChannelType.BACK_CHANNEL), era.years());
        DrawingCache picture = new DrawingCache(DrawingCache.SessionStamp.NONE, List.of(
                new DrawingCache.Node("a", NodeKind.ACTOR, "A", null, null, 0, 0, false, false),
                new DrawingCache.Node("b", NodeKind.ACTOR, "B", null, null, 10, 0, false, false),
                new DrawingCache.Node("c", NodeKind.CHANNEL, "C", ChannelType.BACK_CHANNEL, Secrecy.SECRET, 5, 5, false, false)),
                List.of(new DrawingCache.Link("a-b", LinkType.SPOKE_WITH, 0, 1, 2)), null,
                new SessionFilter(saved.channelTypes(), saved.years()), Eras.DEFAULTS.with(era));

        panes.exploration().storeChanges().showPicture(picture);

        assertThat(filters.filterProperty().get()).isEqualTo(saved);
        assertThat(on.eraProperty().get()).isEqualTo(era);
        assertThat(filters.getChannelTypes()).containsExactly(ChannelType.BACK_CHANNEL);
        assertThat(filters.applies().erasApplyProperty().get()).as("the picture has no dates: the pane claims no years").isFalse();
        assertThat(panes.explorer().statusProperty().get()).isEqualTo("Showing 3 of 3 nodes, 1 of 1 links · filters: " + saved.describe());
    }
}
