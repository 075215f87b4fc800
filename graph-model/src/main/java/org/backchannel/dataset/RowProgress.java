package org.backchannel.dataset;

/** Hears how far the reading of a sheet's rows has got, for a progress bar; called on the reading thread. */
@FunctionalInterface
public interface RowProgress {

    /** Told every this many rows, and at the last. */
    int EVERY = 1000;

    RowProgress NONE = (done, total) -> { };

    void rowsRead(int done, int total);
}
