package org.backchannel.app.launch;

import java.util.logging.Logger;

/**
 * JavaFX warns "Unsupported JavaFX configuration: classes were loaded from 'unnamed module …'" (two lines through
 * java.util.logging) at every start from a classpath, which is how Backchannel runs, deliberately: Neo4j's jars are not
 * modules (decisions 0003 and 0018). To someone who starts the installed app from a terminal the lines read like a
 * fault, and when the window cannot open they came before the one sentence that says why. Only that message is
 * dropped; JavaFX's other warnings (stylesheets, controls) still show.
 */
public final class ClasspathWarning {

    static final String UNSUPPORTED_CONFIGURATION = "Unsupported JavaFX configuration";
    /** Held here: java.util.logging keeps its loggers weakly, and a logger collected and made again has no filter. */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private ClasspathWarning() {
    }

    /** Before the toolkit starts: JavaFX logs the warning from its start-up. */
    public static void silence() {
        JAVAFX.setFilter(record -> record.getMessage() == null || !record.getMessage().startsWith(UNSUPPORTED_CONFIGURATION));
    }
}
