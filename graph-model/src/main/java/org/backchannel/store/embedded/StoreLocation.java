package org.backchannel.store.embedded;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Backchannel keeps its files: {@code BACKCHANNEL_HOME} when set, else the platform's folder
 * for application data. The embedded store lives in its {@code neo4j} subfolder.
 */
public final class StoreLocation {

    private StoreLocation() {
    }

    public static Path appHome(Map<String, String> environment, String osName, String userHome) {
        String explicit = environment.get("BACKCHANNEL_HOME");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            return appData != null && !appData.isBlank()
                    ? Path.of(appData, "Backchannel")
                    : Path.of(userHome, "AppData", "Roaming", "Backchannel");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Backchannel");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "backchannel") : Path.of(userHome, ".local", "share", "backchannel");
    }

    public static Path appHome() {
        return appHome(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    public static Path embeddedStore(Path appHome) {
        return appHome.resolve("neo4j");
    }
}
