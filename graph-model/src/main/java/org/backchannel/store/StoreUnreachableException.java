package org.backchannel.store;

/**
 * The store stopped answering: the server is down or the network between is cut. Unlike a refused
 * login or a failed statement this may pass by itself, so the app keeps what it shows and tries
 * again later.
 */
public class StoreUnreachableException extends StoreUnavailableException {

    public StoreUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
