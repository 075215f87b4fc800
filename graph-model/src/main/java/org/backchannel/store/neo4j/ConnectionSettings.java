package org.backchannel.store.neo4j;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where an external Neo4j is and how to log in. Read from the usual Neo4j variables
 * ({@code NEO4J_URI}, {@code NEO4J_USERNAME}, {@code NEO4J_PASSWORD}). {@link #toString()} never shows the password.
 */
public record ConnectionSettings(URI uri, String username, String password) {

    /** Schemes the driver speaks; {@code +s} and {@code +ssc} are TLS and are never downgraded. */
    public static final Set<String> SCHEMES = Set.of("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc");

    public ConnectionSettings {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (uri.getScheme() == null || !SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("\"" + uri + "\" is not a Neo4j address; use one of the schemes "
                    + String.join(", ", SCHEMES.stream().sorted().toList()) + ", e.g. neo4j+s://xxxx.databases.neo4j.io");
        }
    }

    /** Settings from {@code NEO4J_URI} and friends, or empty when {@code NEO4J_URI} is not set. */
    public static Optional<ConnectionSettings> fromEnvironment(Map<String, String> environment) {
        String uri = environment.get("NEO4J_URI");
        if (uri == null || uri.isBlank()) {
            return Optional.empty();
        }
        String username = firstNonBlank(environment.get("NEO4J_USERNAME"), environment.get("NEO4J_USER"), "neo4j");
        String password = environment.getOrDefault("NEO4J_PASSWORD", "");
        try {
            return Optional.of(new ConnectionSettings(URI.create(uri.trim()), username, password));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("NEO4J_URI: " + e.getMessage(), e);
        }
    }

    public boolean encrypted() {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.endsWith("+s") || scheme.endsWith("+ssc");
    }

    /** The address without any user information someone wrote into it, for messages and logs. */
    public String safeUri() {
        if (uri.getRawUserInfo() == null) {
            return uri.toString();
        }
        return uri.toString().replace(uri.getRawUserInfo() + "@", "");
    }

    @Override
    public String toString() {
        return "ConnectionSettings[uri=" + safeUri() + ", username=" + username + ", password=***]";
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no candidate given");
    }
}
