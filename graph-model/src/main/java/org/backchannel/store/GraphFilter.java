package org.backchannel.store;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.backchannel.model.ChannelType;
import org.backchannel.model.YearRange;

/**
 * What to show: channel types (empty means all) and a range of years (null means all time). Things
 * with no date, not even a derived one, pass any era filter: hiding them would hide what the source
 * leaves undated.
 */
public record GraphFilter(Set<ChannelType> channelTypes, YearRange years) {

    public static final GraphFilter ALL = new GraphFilter(Set.of(), null);

    public GraphFilter {
        channelTypes = channelTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(channelTypes));
    }

    public boolean restrictsChannelTypes() {
        return !channelTypes.isEmpty();
    }

    /**
     * Words for a status bar or a caption, e.g. "Back channel, Intelligence; 1969–1979"; empty when nothing is
     * filtered. When fewer types are left out than kept, the ones left out are named instead
     * ("all channel types but Back channel"): seven names to say one is missing do not read.
     */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (restrictsChannelTypes()) {
            Set<ChannelType> left = EnumSet.complementOf(EnumSet.copyOf(channelTypes));
            text.append(left.size() < channelTypes.size()
                    ? left.isEmpty() ? "all channel types" : "all channel types but " + names(left)
                    : names(channelTypes));
        }
        if (years != null) {
            text.append(text.length() > 0 ? "; " : "").append(years);
        }
        return text.toString();
    }

    private static String names(Set<ChannelType> types) {
        return types.stream().sorted().map(ChannelType::displayName).collect(Collectors.joining(", "));
    }
}
