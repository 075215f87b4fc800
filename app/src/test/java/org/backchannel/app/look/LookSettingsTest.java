package org.backchannel.app.look;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LookSettingsTest {

    @TempDir
    Path home;

    @Test
    void aChangedLookIsThereAtTheNextLaunch() {
        LookViewModel first = new LookViewModel();
        new LookSettings(home).bind(first);
        first.setTheme(Theme.DARK);
        first.setLinkLabels(true);

        LookViewModel next = new LookViewModel();
        new LookSettings(home).bind(next);

        assertThat(next.getTheme()).isEqualTo(Theme.DARK);
        assertThat(next.isLinkLabels()).isTrue();
    }

    @Test
    void noFileGivesTheLightThemeWithoutLinkLabels() {
        LookViewModel look = new LookViewModel();
        new LookSettings(home).bind(look);

        assertThat(look.getTheme()).isEqualTo(Theme.LIGHT);
        assertThat(look.isLinkLabels()).isFalse();
        assertThat(home.resolve(LookSettings.FILE)).doesNotExist();
    }

    @Test
    void anUnknownThemeInTheFileGivesTheDefaultAndIsReplacedAtTheNextChange() throws Exception {
        Files.writeString(home.resolve(LookSettings.FILE), "theme=sepia\nlinkLabels=true\n");
        LookViewModel look = new LookViewModel();
        new LookSettings(home).bind(look);

        assertThat(look.getTheme()).isEqualTo(Theme.LIGHT);
        assertThat(look.isLinkLabels()).isTrue();

        look.setTheme(Theme.DARK);

        assertThat(Files.readString(home.resolve(LookSettings.FILE))).contains("theme=dark");
    }
}
