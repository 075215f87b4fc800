package org.backchannel.app.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up archive with real JVMs, as the run command uses it: a library jar first and a folder of the
 * project's own classes after it. What Java 17 does with a missing, stale or damaged archive is what keeps
 * the launch safe, so it is checked here rather than assumed: the program runs, without the archive.
 */
class StartupArchiveJvmTest {

    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @TempDir
    static Path dir;
    private static Path library;
    private static Path own;
    private static Path archive;

    /** A library class in a jar and the program's own class in a folder, then an archive made as the maker makes it. */
    @BeforeAll
    static void makeTheArchive() throws Exception {
        Path sources = Files.createDirectories(dir.resolve("src"));
        Path libraryClasses = Files.createDirectories(dir.resolve("lib-classes"));
        own = Files.createDirectories(dir.resolve("classes"));
        Files.writeString(sources.resolve("Library.java"), "public class Library { public static String hello() { return \"hello\"; } }");
        Files.writeString(sources.resolve("Own.java"),
                "public class Own { public static void main(String[] a) { System.out.print(Library.hello() + \" | \" + System.getProperty(\"java.vm.info\")); } }");
        compile(libraryClasses, List.of(), sources.resolve("Library.java"));
        compile(own, List.of(libraryClasses), sources.resolve("Own.java"));
        library = dir.resolve("library.jar");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(library))) {
            jar.putNextEntry(new JarEntry("Library.class"));
            jar.write(Files.readAllBytes(libraryClasses.resolve("Library.class")));
            jar.closeEntry();
        }
        Path recorded = dir.resolve("run-pid1.classlist");
        run("-XX:DumpLoadedClassList=" + recorded);
        archive = dir.resolve("run.jsa");

        boolean made = StartupArchiveMaker.make(new StartupArchiveMaker.Request(archive, recorded, List.of(library), List.of(own), JAVA));

        assertThat(made).isTrue();
    }

    @Test
    void aLaunchWithTheProjectsFoldersAfterTheJarsMapsTheArchive() throws Exception {
        assertThat(run("-XX:SharedArchiveFile=" + archive)).startsWith("hello").contains("sharing");
        assertThat(dir.resolve("run.jsa.part")).doesNotExist();
        assertThat(dir.resolve("run.jsa.classlist")).doesNotExist();
    }

    @Test
    void aMissingDamagedOrStaleArchiveOnlyMeansRunningWithoutOne() throws Exception {
        Path damaged = Files.writeString(dir.resolve("damaged.jsa"), "not an archive".repeat(1000));
        Path stale = Files.copy(archive, dir.resolve("stale.jsa"));
        Path changed = Files.copy(library, dir.resolve("changed.jar"));

        assertThat(run("-XX:SharedArchiveFile=" + dir.resolve("missing.jsa"))).isEqualTo("hello | mixed mode");
        assertThat(run("-XX:SharedArchiveFile=" + damaged)).isEqualTo("hello | mixed mode");
        // The jars the archive was made from, changed since: Java checks their size and time.
        Files.setLastModifiedTime(library, FileTime.from(Instant.now().plusSeconds(3600)));
        try {
            assertThat(run("-XX:SharedArchiveFile=" + stale)).isEqualTo("hello | mixed mode");
        } finally {
            Files.setLastModifiedTime(library, Files.getLastModifiedTime(changed));
        }
    }

    @Test
    void aDumpThatCannotRunLeavesTheArchiveThatWasThere() throws Exception {
        Path recorded = Files.writeString(dir.resolve("again.classlist"), "Library\n");
        byte[] before = Files.readAllBytes(archive);

        assertThatThrownBy(() -> StartupArchiveMaker.make(new StartupArchiveMaker.Request(archive, recorded, List.of(library),
                List.of(own), dir.resolve("no-such-java")))).isInstanceOf(IOException.class);

        assertThat(Files.readAllBytes(archive)).isEqualTo(before);
        assertThat(dir.resolve("run.jsa.part")).doesNotExist();
    }

    private static void compile(Path into, List<Path> classpath, Path source) {
        List<String> args = new ArrayList<>(List.of("-d", into.toString()));
        if (!classpath.isEmpty()) {
            args.addAll(List.of("-cp", classpath.get(0).toString()));
        }
        args.add(source.toString());
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, OutputStream.nullOutputStream(), System.err,
                args.toArray(String[]::new))).isZero();
    }

    /** Runs the program on the library jar and, after it, the folder of its own class; returns what it printed. */
    private static String run(String option) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(JAVA.toString(), option, "-cp", library + File.pathSeparator + own, "Own")
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(out).isZero();
        return out;
    }
}
