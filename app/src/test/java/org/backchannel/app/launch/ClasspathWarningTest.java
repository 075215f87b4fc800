package org.backchannel.app.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClasspathWarningTest {

    /** Held, as the class under test holds it: the filter lives on this very logger. */
    private final Logger javafx = Logger.getLogger("javafx");
    private final List<String> published = new ArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            published.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @AfterEach
    void detach() {
        javafx.removeHandler(recorder);
        javafx.setFilter(null);
    }

    @Test
    void dropsTheClasspathWarningOnlyAsJavaFxLogsIt() {
        javafx.addHandler(recorder);
        javafx.setUseParentHandlers(false);
        ClasspathWarning.silence();
        // The way JavaFX logs: a System.Logger named "javafx", from code on the classpath.
        System.Logger asJavaFx = System.getLogger("javafx");
        String warning = ClasspathWarning.UNSUPPORTED_CONFIGURATION + ": classes were loaded from 'unnamed module @1'";
        String other = "Could not resolve '-color-accent' while resolving lookups for '-fx-text-fill'";

        asJavaFx.log(System.Logger.Level.WARNING, warning);
        asJavaFx.log(System.Logger.Level.WARNING, other);
        javafx.setUseParentHandlers(true);

        assertThat(published).containsExactly(other);
    }
}
