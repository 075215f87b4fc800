package org.backchannel.app.look;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import org.backchannel.render.Palette;

/**
 * The window's look: AtlantaFX's Primer themes (GitHub's light and dark), and the palette the graph is drawn
 * with on screen. Exports are drawn with {@link Palette#standard()} whatever the theme: a figure goes on paper.
 */
public enum Theme {

    // The binary form AtlantaFX ships beside each theme's CSS: the CSS (170 KB) was parsed on the UI thread
    // before the window could show.
    LIGHT("Light", new PrimerLight().getUserAgentStylesheetBSS(), false),
    DARK("Dark", new PrimerDark().getUserAgentStylesheetBSS(), true);

    private final String title;
    private final String userAgentStylesheet;
    private final boolean dark;

    Theme(String title, String userAgentStylesheet, boolean dark) {
        this.title = title;
        this.userAgentStylesheet = userAgentStylesheet;
        this.dark = dark;
    }

    /** The name in the View menu. */
    public String title() {
        return title;
    }

    /** The stylesheet every control of the application is drawn with. */
    public String userAgentStylesheet() {
        return userAgentStylesheet;
    }

    public boolean isDark() {
        return dark;
    }

    /** The palette of the graph canvas under this theme. */
    public Palette palette() {
        return dark ? Palette.dark() : Palette.standard();
    }
}
