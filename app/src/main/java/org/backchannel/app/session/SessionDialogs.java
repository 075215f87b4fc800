package org.backchannel.app.session;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the analyst for a session file; an interface, so that the menu's view-model can be driven without a window. */
public interface SessionDialogs {

    /** A {@code .backchannel} file to open, or empty when the analyst cancelled. */
    Optional<Path> fileToOpen();

    /** Where to save a session, or empty when the analyst cancelled. */
    Optional<Path> fileToSaveAs();
}
