package org.backchannel.app.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.backchannel.app.launch.DesktopCheck.Refusal;
import org.junit.jupiter.api.Test;

class DesktopCheckTest {

    private static final Path LOG = Path.of("/tmp/backchannel-window.log");

    @Test
    void linuxWithoutAnyDisplayIsRefusedBeforeJavaFxLoads() {
        Refusal refusal = DesktopCheck.beforeLaunch("Linux", Map.of()).orElseThrow();
        assertThat(refusal.exitCode()).isEqualTo(DesktopCheck.NO_DISPLAY);
        assertThat(refusal.sentence()).startsWith("No display:").contains("DISPLAY", "WAYLAND_DISPLAY", "command-line tools");
    }

    @Test
    void aBlankDisplayCountsAsNone() {
        assertThat(DesktopCheck.beforeLaunch("Linux", Map.of("DISPLAY", " "))).isPresent();
    }

    @Test
    void x11OrWaylandEitherWillDo() {
        assertThat(DesktopCheck.beforeLaunch("Linux", Map.of("DISPLAY", ":0"))).isEmpty();
        assertThat(DesktopCheck.beforeLaunch("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"))).isEmpty();
    }

    @Test
    void macOsAndWindowsNeedNoDisplayVariable() {
        assertThat(DesktopCheck.beforeLaunch("Mac OS X", Map.of())).isEmpty();
        assertThat(DesktopCheck.beforeLaunch("Windows 11", Map.of())).isEmpty();
    }

    @Test
    void gtkThatCannotLoadIsNamedWithThePackagesToInstall() {
        Refusal refusal = DesktopCheck.afterFailure(new UnsupportedOperationException("Unable to load glass GTK library."), Map.of(), LOG);
        assertThat(refusal.exitCode()).isEqualTo(DesktopCheck.NO_GTK);
        assertThat(refusal.sentence()).startsWith("GTK 3 is missing:").contains("sudo apt-get install libgtk-3-0", "sudo dnf install gtk3");
    }

    @Test
    void aDisplayWithNoServerBehindItIsNamed() {
        Refusal refusal = DesktopCheck.afterFailure(new UnsupportedOperationException("Unable to open DISPLAY"), Map.of("DISPLAY", ":42"), LOG);
        assertThat(refusal.exitCode()).isEqualTo(DesktopCheck.NO_DISPLAY);
        assertThat(refusal.sentence()).startsWith("No display:").contains("DISPLAY=:42");
    }

    @Test
    void anyOtherFailureSaysWhereTheTraceIs() {
        Refusal refusal = DesktopCheck.afterFailure(new RuntimeException("Exception in Application start method"), Map.of(), LOG);
        assertThat(refusal.exitCode()).isEqualTo(DesktopCheck.WINDOW_FAILED);
        assertThat(refusal.sentence()).contains("Exception in Application start method", LOG.toString());
    }
}
