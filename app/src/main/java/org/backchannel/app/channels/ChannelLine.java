package org.backchannel.app.channels;

import java.util.List;
import java.util.Set;

/**
 * One channel between the two parties, as the table shows it: its tier, name, type and secrecy, span,
 * where its bar lies on the answer's axis ({@code bar} null when undated), who takes part, how many
 * exchanges; what selecting it highlights, and its evidence in words (exchanges with dates and quotes).
 */
public record ChannelLine(String tier, String channelId, String channel, String type, String secrecy, String span,
                          double[] bar, String participants, int exchanges, Set<String> ids, List<String> evidence) {

    public ChannelLine {
        ids = Set.copyOf(ids);
        evidence = List.copyOf(evidence);
    }
}
