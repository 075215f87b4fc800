package org.backchannel.app.session;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The session dialogs as the platform's file chooser, starting in the folder the last session lives in. */
public final class SessionFileChooser implements SessionDialogs {

    private final Supplier<Window> owner;
    private final Path folder;

    public SessionFileChooser(Supplier<Window> owner, Path folder) {
        this.owner = owner;
        this.folder = folder;
    }

    @Override
    public Optional<Path> fileToOpen() {
        return Optional.ofNullable(chooser("Open session").showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> fileToSaveAs() {
        FileChooser chooser = chooser("Save session as");
        chooser.setInitialFileName("session.backchannel");
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath)
                .map(p -> p.getFileName().toString().endsWith(".backchannel") ? p : p.resolveSibling(p.getFileName() + ".backchannel"));
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Backchannel sessions", "*.backchannel"));
        if (folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }
}
