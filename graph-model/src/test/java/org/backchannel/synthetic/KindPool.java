package org.backchannel.synthetic;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The nodes of one kind, and how to pick one as the end of a new link. For a scale-free graph every node holds one
 * ticket to start with and gains one per link end it receives; drawing a ticket then picks a node in proportion to
 * its degree plus one, which is preferential attachment in a few array operations.
 */
final class KindPool {

    private final int first;
    private final int count;
    private final boolean preferential;
    private int[] tickets;
    private int ticketCount;

    /** The nodes {@code first .. first + count - 1}. */
    KindPool(int first, int count, boolean preferential) {
        this.first = first;
        this.count = count;
        this.preferential = preferential;
        if (preferential) {
            tickets = new int[Math.max(16, count * 2)];
            for (int i = 0; i < count; i++) {
                tickets[i] = first + i;
            }
            ticketCount = count;
        }
    }


    int pick(SplittableRandom random) {
        return preferential ? tickets[random.nextInt(ticketCount)] : first + random.nextInt(count);
    }

    /** Records that {@code node} became the end of a link. */
    void linked(int node) {
        if (!preferential) {
            return;
        }
        if (ticketCount == tickets.length) {
            tickets = Arrays.copyOf(tickets, tickets.length * 2);
        }
        tickets[ticketCount++] = node;
    }
}
