package org.backchannel.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
    void namesEveryClassOfTheJavaFxJarsOnly() throws IOException {
        jar("javafx-graphics-21-linux.jar", "javafx/scene/Node.class", "javafx/scene/Node$1.class",
                "module-info.class", "META-INF/versions/9/module-info.class", "libglass.so");
        jar("neo4j-kernel.jar", "org/neo4j/Kernel.class");

        assertThat(ClassListFilter.toolkitClasses(folder)).containsExactly("javafx/scene/Node", "javafx/scene/Node$1");
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
