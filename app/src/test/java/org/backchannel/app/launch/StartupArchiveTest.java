package org.backchannel.app.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupArchiveTest {

    @TempDir
    Path dir;

    private StartupArchive archive(boolean inUse, List<Path> classpath) throws IOException {
        Path recorded = dir.resolve("run-pid1.classlist");
        Files.writeString(recorded, "java/lang/Object\n");
        return new StartupArchive(dir.resolve("run.jsa"), recorded, inUse, classpath);
    }

    private Path jar(String name) throws IOException {
        return Files.write(dir.resolve(name), new byte[] {1});
    }

    @Test
    void isMadeFromTheJarsBeforeTheFirstFolder() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path first = jar("a.jar");
        Path second = jar("b.jar");
        Path after = jar("c.jar");

        StartupArchive archive = archive(false, List.of(first, second, classes, after));

        assertThat(archive.jars()).containsExactly(first, second);
        assertThat(archive.folders()).containsExactly(classes);
    }

    @Test
    void anArchiveInUseOrACommandWithoutTheWindowOnlyForgetsTheClassList() throws IOException {
        for (boolean inUse : new boolean[] {true, false}) {
            StartupArchive archive = archive(inUse, List.of(jar("a.jar")));

            archive.atExit(inUse);

            assertThat(dir.resolve("run-pid1.classlist")).doesNotExist();
            assertThat(archive.request()).doesNotExist();
        }
    }

    @Test
    void aClasspathThatStartsWithAFolderGetsNoArchive() throws IOException {
        StartupArchive archive = archive(false, List.of(Files.createDirectories(dir.resolve("classes")), jar("a.jar")));

        archive.atExit(true);

        assertThat(archive.request()).doesNotExist();
        assertThat(dir.resolve("run-pid1.classlist")).doesNotExist();
    }

    @Test
    void aMakerAtWorkIsLeftAloneUntilItsRequestIsOld() throws IOException {
        StartupArchive archive = archive(false, List.of(jar("a.jar")));
        Instant now = Instant.now();
        assertThat(archive.makerAtWork(now)).isFalse();

        Files.writeString(archive.request(), "archive=x\n");
        Files.setLastModifiedTime(archive.request(), FileTime.from(now.minusSeconds(60)));
        assertThat(archive.makerAtWork(now)).isTrue();

        Files.setLastModifiedTime(archive.request(), FileTime.from(now.minus(StartupArchive.MAKER_GIVEN_UP).minusSeconds(1)));
        assertThat(archive.makerAtWork(now)).isFalse();
    }

    @Test
    void aRequestReadsBackAsWritten() throws IOException {
        StartupArchiveMaker.Request request = new StartupArchiveMaker.Request(dir.resolve("run.jsa"), dir.resolve("list"),
                List.of(dir.resolve("a b.jar"), dir.resolve("c.jar")), List.of(dir.resolve("classes")), Path.of("/usr/bin/java"));

        request.write(dir.resolve("run.jsa.request"));

        assertThat(StartupArchiveMaker.Request.read(dir.resolve("run.jsa.request"))).isEqualTo(request);
    }
}
