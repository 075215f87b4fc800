package org.backchannel.app.filter;

import java.util.Set;
import org.backchannel.model.ChannelType;
import org.backchannel.model.YearRange;
import org.backchannel.store.GraphFilter;

/**
 * The filter the pane's controls say. Every channel type checked means no channel-type filter, and a year range
 * covering all loaded years (or an empty one, the thumbs crossed) means no era filter: the store must not be asked
 * to filter by what lets everything through.
 */
final class ControlsFilter {

    private ControlsFilter() {
    }

    static GraphFilter of(Set<ChannelType> checked, int from, int to, int firstLoaded, int lastLoaded) {
        Set<ChannelType> types = checked.size() == ChannelType.values().length ? Set.of() : Set.copyOf(checked);
        boolean allYears = from <= firstLoaded && to >= lastLoaded;
        return new GraphFilter(types, allYears || to < from ? null : new YearRange(from, to));
    }
}
