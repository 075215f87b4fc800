package org.backchannel.session;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * Which store a session was made on: its address without credentials ({@link #EMBEDDED} for the
 * app's own embedded store, wherever its folder is), the database, and the content digest the store
 * reported, so that opening the session elsewhere or after the data changed can say so.
 */
public record StoreIdentity(String uri, String database, String contentDigest) {

    /** The address recorded for the embedded store: its Bolt port changes at every start. */
    public static final String EMBEDDED = "embedded";

    public StoreIdentity {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(contentDigest, "contentDigest");
        if (hasUserInfo(uri)) {
            throw new IllegalArgumentException("a store address in a session must not carry credentials; use withoutCredentials");
        }
    }

    /** The identity of a store at {@code uri}, with any user name or password written into the address removed. */
    public static StoreIdentity of(String uri, String database, String contentDigest) {
        return new StoreIdentity(withoutCredentials(uri), database, contentDigest);
    }

    static String withoutCredentials(String uri) {
        try {
            URI parsed = new URI(uri);
            if (parsed.getRawUserInfo() == null) {
                return uri;
            }
            return new URI(parsed.getScheme(), null, parsed.getHost(), parsed.getPort(), parsed.getPath(), parsed.getQuery(),
                    parsed.getFragment()).toString();
        } catch (URISyntaxException e) {
            // Not a URI: drop everything up to an '@', which is where credentials would be.
            int at = uri.lastIndexOf('@');
            return at < 0 ? uri : uri.substring(at + 1);
        }
    }

    static boolean hasUserInfo(String uri) {
        return !withoutCredentials(uri).equals(uri);
    }

    /** The address and database, for messages. */
    public String describe() {
        return uri.equals(EMBEDDED) ? "the embedded store (database " + database + ")" : uri + " (database " + database + ")";
    }
}
