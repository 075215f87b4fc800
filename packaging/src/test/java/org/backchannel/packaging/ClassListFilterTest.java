package org.backchannel.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassListFilterTest {

    @TempDir
    Path folder;

    @Test
    void dropsOnlyTheLinesJava17CannotParse() {
        String longest = "@lambda-proxy " + "x".repeat(ClassListFilter.LONGEST_LINE - 14);
        String tooLong = longest + "y";
        List<String> lines = List.of("java/lang/Object id: 0", longest, tooLong, "org/backchannel/app/Main id: 1");

        assertThat(ClassListFilter.keep(lines)).containsExactly("java/lang/Object id: 0", longest, "org/backchannel/app/Main id: 1");
    }

    @Test
    void addsWhatOnlyTheWindowRunsLoadedOnceAndInTheirOrder() {
        List<String> list = List.of("java/lang/Object", "javafx/scene/Node");
        List<String> first = List.of("# NOTE: Do not modify this file.", "java/lang/Object", "java/awt/Toolkit",
                "@lambda-proxy org/backchannel/app/MainWindow run ()V", "");
        List<String> second = List.of("java/awt/Toolkit", "javafx/scene/Node", "java/util/logging/Logger");

        assertThat(ClassListFilter.merge(list, List.of(first, second))).containsExactly("java/lang/Object", "javafx/scene/Node",
                "java/awt/Toolkit", "@lambda-proxy org/backchannel/app/MainWindow run ()V", "java/util/logging/Logger");
    }

    @Test
    void takesOnlyTheWindowRunsRecordedAfterThisBuildsStatusList() throws IOException {
        Path status = Files.writeString(folder.resolve("loaded.classlist"), "java/lang/Object");
        Path earlier = Files.writeString(folder.resolve("window-1.classlist"), "java/awt/Toolkit");
        Path recorded = Files.writeString(folder.resolve("window-2.classlist"), "java/awt/Toolkit");
        FileTime statusWritten = Files.getLastModifiedTime(status);
        Files.setLastModifiedTime(earlier, FileTime.fromMillis(statusWritten.toMillis() - 60_000));
        Files.setLastModifiedTime(recorded, FileTime.fromMillis(statusWritten.toMillis() + 60_000));

        assertThat(ClassListFilter.freshRuns(status, List.of(earlier, recorded, folder.resolve("window-3.classlist"))))
                .containsExactly(recorded);
    }

    @Test
    void namesEveryClassOfTheWindowsJarsOnly() throws IOException {
        jar("javafx-graphics-21-linux.jar", "javafx/scene/Node.class", "javafx/scene/Node$1.class",
                "module-info.class", "META-INF/versions/9/module-info.class", "libglass.so");
        jar("neo4j-kernel.jar", "org/neo4j/Kernel.class");
        jar("controlsfx-11.2.4.jar", "org/controlsfx/control/RangeSlider.class");
        jar("backchannel-app-0.1.0-SNAPSHOT.jar", "org/backchannel/app/MainWindow.class", "org/backchannel/app/app.css");
        jar("backchannel-app-0.1.0-SNAPSHOT-sources.zip", "org/backchannel/app/Main.class");

        assertThat(ClassListFilter.windowClasses(folder)).containsExactly("org/backchannel/app/MainWindow",
                "org/controlsfx/control/RangeSlider", "javafx/scene/Node", "javafx/scene/Node$1");
    }

    private void jar(String name, String... entries) throws IOException {
        try (OutputStream file = Files.newOutputStream(folder.resolve(name)); JarOutputStream jar = new JarOutputStream(file)) {
            for (String entry : entries) {
                jar.putNextEntry(new JarEntry(entry));
                jar.closeEntry();
            }
        }
    }
}
