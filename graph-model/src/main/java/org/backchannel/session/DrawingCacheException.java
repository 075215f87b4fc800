package org.backchannel.session;

/** A drawing cache that cannot be used; the message says why, for the log (the user only misses the early picture). */
public final class DrawingCacheException extends Exception {

    public DrawingCacheException(String message) {
        super(message);
    }
}
