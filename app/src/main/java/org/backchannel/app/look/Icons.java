package org.backchannel.app.look;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Icons for the toolbar and the menus, from Ikonli's Material Design pack; the theme colours them. */
public final class Icons {

    private static final int SIZE = 16;

    private Icons() {
    }

    public static FontIcon of(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(SIZE);
        return icon;
    }
}
