package org.backchannel.app.exchanges;

/** One row of the exchanges table: who spoke to whom, when, through which channel, what came of it, on whose word. */
public record ExchangeRow(String from, String to, String date, String channel, String channelType, String outcome,
                          String source, String linkId) {
}
