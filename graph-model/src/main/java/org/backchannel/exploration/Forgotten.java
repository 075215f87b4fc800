package org.backchannel.exploration;

/**
 * What left the exploration when a dataset left the store ({@link StoreChanges#forgetRemoved}).
 *
 * @param nodes loaded nodes the store no longer holds
 * @param links loaded links the store no longer holds
 * @param steps history steps dropped because they were only about those
 */
public record Forgotten(int nodes, int links, int steps) {
}
