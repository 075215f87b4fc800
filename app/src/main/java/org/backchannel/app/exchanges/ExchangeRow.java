package org.backchannel.app.exchanges;

/**
 * One row of the exchanges table: who spoke to whom, when, through which channel, what came of it, on whose word.
 *
 * @param way {@link #ONE_WAY} from sender to recipient, or {@link #MUTUAL} for parties who met together (a meeting
 *            recorded as a node), whose order in the row says nothing
 */
public record ExchangeRow(String from, String way, String to, String date, String channel, String channelType, String outcome,
                          String source, String linkId) {

    public static final String ONE_WAY = "\u2192";
    public static final String MUTUAL = "\u2194";
}
