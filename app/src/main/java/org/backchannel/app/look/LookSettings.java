package org.backchannel.app.look;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the look across launches in {@code look.properties} in the app's home folder (beside the
 * store and the last session, so that {@code BACKCHANNEL_HOME} keeps a test's or a second user's settings
 * apart, which {@code java.util.prefs} would not). A missing, unreadable or wrong file gives the defaults
 * and says so in the log; the app never fails to start over its look.
 */
public final class LookSettings {

    private static final Logger LOG = LoggerFactory.getLogger(LookSettings.class);
    static final String FILE = "look.properties";
    private static final String THEME = "theme";
    private static final String LINK_LABELS = "linkLabels";

    private final Path file;

    public LookSettings(Path appHome) {
        this.file = appHome.resolve(FILE);
    }

    /** Sets the view-model from the file, then writes the file whenever the view-model changes. */
    public void bind(LookViewModel look) {
        load(look);
        look.themeProperty().addListener((obs, old, now) -> save(look));
        look.linkLabelsProperty().addListener((obs, old, now) -> save(look));
    }

    void load(LookViewModel look) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Properties values = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Could not read the look settings {}: {}; using the defaults", file, e.getMessage());
            return;
        }
        String theme = values.getProperty(THEME);
        if (theme != null) {
            try {
                look.setTheme(Theme.valueOf(theme.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                LOG.warn("{}: {} = {} is not a theme (light or dark); using the light theme", file, THEME, theme);
            }
        }
        look.setLinkLabels(Boolean.parseBoolean(values.getProperty(LINK_LABELS, "false").strip()));
    }

    void save(LookViewModel look) {
        Properties values = new Properties();
        values.setProperty(THEME, look.getTheme().name().toLowerCase(Locale.ROOT));
        values.setProperty(LINK_LABELS, Boolean.toString(look.isLinkLabels()));
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), FILE, ".tmp");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                values.store(out, "Backchannel: how the window looks");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not save the look settings to {}: {}", file, e.getMessage());
        }
    }
}
