package org.backchannel.store;

/**
 * The store cannot be reached or used: a server that is down, refused credentials, a locked
 * embedded store. The message is written for the user and never contains a password.
 */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreUnavailableException(String message) {
        super(message);
    }
}
