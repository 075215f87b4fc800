package org.backchannel.session;

import java.util.EnumSet;
import java.util.Set;
import org.backchannel.model.ChannelType;
import org.backchannel.model.YearRange;

/**
 * The filter the analyst had set, in the vocabulary of the store's {@code GraphFilter}: channel types
 * (empty means all) and a year range (null means all time).
 */
public record SessionFilter(Set<ChannelType> channelTypes, YearRange years) {

    public static final SessionFilter NONE = new SessionFilter(Set.of(), null);

    public SessionFilter {
        channelTypes = channelTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(channelTypes));
    }
}
