package org.backchannel.store;

import java.util.List;

/**
 * A dataset the store holds: its identity, the file it was last imported from, and how many
 * sources, nodes and links it supports (some of which other datasets may support too).
 *
 * @param importedAt when its content last changed, as an ISO-8601 instant; empty for content imported
 *                   before datasets were kept apart
 */
public record DatasetInfo(String id, String title, String format, String file, String digest, String importedAt,
                          List<String> revises, long sources, long nodes, long links) {

    public DatasetInfo {
        revises = List.copyOf(revises);
    }
}
