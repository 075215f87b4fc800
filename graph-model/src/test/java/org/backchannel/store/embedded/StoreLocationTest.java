package org.backchannel.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoreLocationTest {

    private static final String HOME = "/home/ada";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Linux", "Mac OS X", "Windows 11", "FreeBSD"})
    void backchannelHomeWinsOnEveryPlatform(String os) {
        Map<String, String> environment = Map.of(
                "BACKCHANNEL_HOME", "/srv/backchannel",
                "XDG_DATA_HOME", "/xdg",
                "APPDATA", "/appdata");

        assertThat(StoreLocation.appHome(environment, os, HOME)).isEqualTo(Path.of("/srv/backchannel"));
    }

    @Test
    void aBlankBackchannelHomeIsIgnored() {
        assertThat(StoreLocation.appHome(Map.of("BACKCHANNEL_HOME", "  "), "Linux", HOME))
                .isEqualTo(Path.of(HOME, ".local", "share", "backchannel"));
    }

    @Test
    void linuxUsesXdgDataHome() {
        assertThat(StoreLocation.appHome(Map.of("XDG_DATA_HOME", "/data/ada"), "Linux", HOME))
                .isEqualTo(Path.of("/data/ada", "backchannel"));
    }

    @Test
    void linuxFallsBackToLocalShareWithoutXdgDataHome() {
        assertThat(StoreLocation.appHome(Map.of(), "Linux", HOME)).isEqualTo(Path.of(HOME, ".local", "share", "backchannel"));
    }

    @Test
    void linuxFallsBackToLocalShareWhenXdgDataHomeIsBlank() {
        assertThat(StoreLocation.appHome(Map.of("XDG_DATA_HOME", ""), "Linux", HOME))
                .isEqualTo(Path.of(HOME, ".local", "share", "backchannel"));
    }

    @Test
    void otherUnixLikeSystemsAreTreatedLikeLinux() {
        assertThat(StoreLocation.appHome(Map.of("XDG_DATA_HOME", "/xdg"), "FreeBSD", HOME)).isEqualTo(Path.of("/xdg", "backchannel"));
    }

    @Test
    void macOsUsesApplicationSupportAndIgnoresXdg() {
        assertThat(StoreLocation.appHome(Map.of("XDG_DATA_HOME", "/xdg"), "Mac OS X", "/Users/ada"))
                .isEqualTo(Path.of("/Users/ada", "Library", "Application Support", "Backchannel"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Windows 10", "Windows 11", "Windows Server 2022", "WINDOWS 11"})
    void windowsUsesAppData(String os) {
        assertThat(StoreLocation.appHome(Map.of("APPDATA", "/Users/ada/AppData/Roaming"), os, "/Users/ada"))
                .isEqualTo(Path.of("/Users/ada/AppData/Roaming", "Backchannel"));
    }

    @ParameterizedTest(name = "APPDATA=\"{0}\"")
    @ValueSource(strings = {"", "   "})
    void windowsIgnoresABlankAppData(String appData) {
        assertThat(StoreLocation.appHome(Map.of("APPDATA", appData), "Windows 11", "/Users/ada"))
                .isEqualTo(Path.of("/Users/ada", "AppData", "Roaming", "Backchannel"));
    }

    @Test
    void darwinIsNotMistakenForWindows() {
        assertThat(StoreLocation.appHome(Map.of("APPDATA", "/x"), "Darwin", "/home/ada"))
                .isEqualTo(Path.of("/home/ada", ".local", "share", "backchannel"));
    }

    @Test
    void windowsFallsBackToRoamingAppDataInTheUserHome() {
        assertThat(StoreLocation.appHome(Map.of(), "Windows 11", "/Users/ada"))
                .isEqualTo(Path.of("/Users/ada", "AppData", "Roaming", "Backchannel"));
    }

    @Test
    void theEmbeddedStoreIsTheNeo4jFolderOfTheAppHome() {
        Path appHome = Path.of("/srv/backchannel");

        assertThat(StoreLocation.embeddedStore(appHome)).isEqualTo(Path.of("/srv/backchannel/neo4j"));
        assertThat(StoreLocation.embeddedStore(appHome).getParent()).isEqualTo(appHome);
    }

    @Test
    void theDefaultAppHomeIsABackchannelFolderUnlessBackchannelHomeNamesAnother() {
        String explicit = System.getenv("BACKCHANNEL_HOME");
        Path appHome = StoreLocation.appHome();

        if (explicit != null && !explicit.isBlank()) {
            assertThat(appHome).isEqualTo(Path.of(explicit));
        } else {
            assertThat(appHome.getFileName().toString()).isEqualToIgnoringCase("backchannel");
        }
    }
}
