package org.backchannel.store;

/**
 * A console query that was not run, or stopped: it would write, it is not valid Cypher, or it took
 * longer than allowed. The message says which, for the user; the store is as it was.
 */
public class QueryRefusedException extends RuntimeException {

    public QueryRefusedException(String message, Throwable cause) {
        super(message, cause);
    }

    public QueryRefusedException(String message) {
        super(message);
    }
}
