package org.backchannel.app.session;

import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import org.backchannel.app.look.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** The File menu's session items: save the exploration as a named file, open one. */
public final class SessionMenu extends MenuButton {

    public SessionMenu(SessionViewModel viewModel, SessionDialogs dialogs) {
        super("File");
        setId("file-menu");
        MenuItem saveAs = new MenuItem("Save session as…", Icons.of(MaterialDesignC.CONTENT_SAVE_OUTLINE));
        saveAs.setId("save-session-as");
        saveAs.setOnAction(e -> dialogs.fileToSaveAs().ifPresent(viewModel::saveAs));
        MenuItem open = new MenuItem("Open session…", Icons.of(MaterialDesignF.FOLDER_OPEN_OUTLINE));
        open.setId("open-session");
        open.setOnAction(e -> dialogs.fileToOpen().ifPresent(viewModel::open));
        getItems().addAll(saveAs, open);
    }
}
