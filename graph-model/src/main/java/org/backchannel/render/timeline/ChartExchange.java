package org.backchannel.render.timeline;

import org.backchannel.model.ChannelType;
import org.backchannel.model.Secrecy;

/**
 * An exchange, drawn between the lanes of its two parties at its date; the same lane when both map to one
 * (a channel's lane, or two people of one state).
 *
 * @param channelType the type of the channel it went through; null when the channel is unknown
 * @param mutual      its parties met together and neither sent it (see {@code GraphLink#mutual}): drawn without an arrowhead
 */
public record ChartExchange(String linkId, int fromLane, int toLane, DayRange when, ChannelType channelType,
                            Secrecy secrecy, boolean mutual) {

    /** An exchange from one party to the other, as every exchange of Backchannel's own data is. */
    public ChartExchange(String linkId, int fromLane, int toLane, DayRange when, ChannelType channelType, Secrecy secrecy) {
        this(linkId, fromLane, toLane, when, channelType, secrecy, false);
    }
}
