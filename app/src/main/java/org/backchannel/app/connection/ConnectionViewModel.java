package org.backchannel.app.connection;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.backchannel.app.overview.StoreOverviewViewModel.StoreOpener;
import org.backchannel.store.ConnectedStore;
import org.backchannel.store.embedded.StoreLocation;
import org.backchannel.store.neo4j.ConnectionSettings;

/**
 * Which store to work on: the embedded one, or a Neo4j server given by address, user and password
 * (pre-filled from the NEO4J_* variables). The password lives only in this object's memory.
 */
public final class ConnectionViewModel {

    // Properties
    private final BooleanProperty embedded = new SimpleBooleanProperty(this, "embedded", true);
    private final StringProperty uri = new SimpleStringProperty(this, "uri", "neo4j://localhost:7687");
    private final StringProperty username = new SimpleStringProperty(this, "username", "neo4j");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    private final Path appHome;

    public ConnectionViewModel(Map<String, String> environment, Path appHome) {
        this.appHome = appHome;
        ConnectionSettings.fromEnvironment(safe(environment)).ifPresent(settings -> {
            embedded.set(false);
            uri.set(settings.safeUri());
            username.set(settings.username());
            password.set(settings.password());
        });
    }

    public BooleanProperty embeddedProperty() {
        return embedded;
    }

    public StringProperty uriProperty() {
        return uri;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** Why the settings cannot be used, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    // Commands

    /** The opener for the chosen store, or empty (with {@link #problemProperty()} saying why) when the address is not usable. */
    public Optional<StoreOpener> opener() {
        problem.set("");
        if (embedded.get()) {
            Path folder = StoreLocation.embeddedStore(appHome);
            return Optional.of(() -> ConnectedStore.embedded(folder));
        }
        try {
            ConnectionSettings settings = new ConnectionSettings(URI.create(uri.get().trim()), username.get().trim(), password.get());
            return Optional.of(() -> ConnectedStore.external(settings));
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return Optional.empty();
        }
    }

    /** A bad NEO4J_URI must not stop the dialog from opening; the user corrects it there. */
    private static Map<String, String> safe(Map<String, String> environment) {
        try {
            ConnectionSettings.fromEnvironment(environment);
            return environment;
        } catch (IllegalArgumentException e) {
            return Map.of();
        }
    }
}
