package org.backchannel.render.timeline;

import org.backchannel.model.ChannelType;
import org.backchannel.model.Secrecy;

/**
 * Something that lasted, drawn as a bar on a lane: a channel's lifetime (on the lanes of its parties, or its
 * own lane) or an office held (on the holder's lane).
 *
 * @param id          what selecting the bar selects: the channel, or the office's organization
 * @param lane        the lane's index in {@link TimelineChart#lanes()}
 * @param row         which of the lane's bar rows it sits in
 * @param when        from the first day it may have begun to the last it may have ended; for an open bar, its start
 * @param open        still going on: the bar runs to the end of the axis
 * @param channelType the channel's type; null for an office
 */
public record ChartBar(String id, int lane, int row, DayRange when, boolean open, ChannelType channelType,
                       Secrecy secrecy, String label) {

    public boolean isChannel() {
        return channelType != null;
    }
}
