package org.backchannel.questions;

import java.util.Optional;
import org.backchannel.model.PartialDate;
import org.backchannel.model.TimeSpan;

/** The period two spans share, in the dates the data gives: the later start to the earlier end. */
final class Overlap {

    private Overlap() {
    }

    /** Empty when either is undated or when they certainly share no day. */
    static Optional<TimeSpan> of(TimeSpan a, TimeSpan b) {
        Optional<DateWindow> first = DateWindow.of(a);
        Optional<DateWindow> second = DateWindow.of(b);
        if (first.isEmpty() || second.isEmpty() || !first.get().mayOverlap(second.get())) {
            return Optional.empty();
        }
        PartialDate start = later(start(a), start(b));
        PartialDate end = a.end() == null ? b.end() : b.end() == null ? a.end() : earlier(a.end(), b.end());
        if (end != null && end.latest().isBefore(start.earliest())) {
            end = start;
        }
        return Optional.of(new TimeSpan(start, end));
    }

    private static PartialDate start(TimeSpan span) {
        return span.start() != null ? span.start() : span.end();
    }

    private static PartialDate later(PartialDate a, PartialDate b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static PartialDate earlier(PartialDate a, PartialDate b) {
        return a.latest().compareTo(b.latest()) <= 0 ? a : b;
    }
}
