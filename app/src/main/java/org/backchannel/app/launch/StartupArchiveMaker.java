package org.backchannel.app.launch;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Makes the developer launch's start-up archive, in a JVM of its own started by {@link StartupArchive} as
 * the window closes: {@code StartupArchiveMaker REQUEST}. Keeps from the closed JVM's class list what
 * {@link ArchiveClassList} says an archive of the library jars can hold, runs {@code java -Xshare:dump} on
 * those jars into a temporary file and renames it over the archive only when the dump succeeded, so a launch
 * never meets a half-written archive. Writes what it does to {@code ARCHIVE.log}; uses nothing but the JDK.
 */
public final class StartupArchiveMaker {

    /** What to make: the archive, the class list the closed JVM recorded, the jars and folders of its classpath, its java. */
    record Request(Path archive, Path recorded, List<Path> jars, List<Path> folders, Path java) {

        void write(Path file) throws IOException {
            Properties properties = new Properties();
            properties.setProperty("archive", archive.toString());
            properties.setProperty("recorded", recorded.toString());
            properties.setProperty("jars", join(jars));
            properties.setProperty("folders", join(folders));
            properties.setProperty("java", java.toString());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                properties.store(out, "the start-up archive to make (decision 0025)");
            }
        }

        static Request read(Path file) throws IOException {
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            }
            return new Request(Path.of(properties.getProperty("archive")), Path.of(properties.getProperty("recorded")),
                    split(properties.getProperty("jars")), split(properties.getProperty("folders")), Path.of(properties.getProperty("java")));
        }

        private static String join(List<Path> paths) {
            return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
        }

        private static List<Path> split(String paths) {
            return paths.isEmpty() ? List.of() : Arrays.stream(paths.split(File.pathSeparator)).map(Path::of).toList();
        }
    }

    private StartupArchiveMaker() {
    }

    static Path logOf(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".log");
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path requestFile = Path.of(args[0]);
        Request request = Request.read(requestFile);
        try {
            say(make(request) ? "made " + request.archive() : "no archive made; the dump's output is above");
        } finally {
            Files.deleteIfExists(request.recorded());
            Files.deleteIfExists(requestFile);
        }
    }

    /** @return whether the archive was made */
    static boolean make(Request request) throws IOException, InterruptedException {
        Path archive = request.archive();
        Path list = archive.resolveSibling(archive.getFileName() + ".classlist");
        Path part = archive.resolveSibling(archive.getFileName() + ".part");
        String text = Files.readString(request.recorded(), StandardCharsets.UTF_8);
        List<String> recorded = text.lines().toList();
        List<String> kept = ArchiveClassList.keep(recorded, text.endsWith("\n"), request.folders());
        Files.write(list, kept, StandardCharsets.UTF_8);
        say("dumping " + kept.size() + " of the " + recorded.size() + " recorded lines over " + request.jars().size() + " jars");
        ProcessBuilder dump = new ProcessBuilder(request.java().toString(), "-Xshare:dump",
                "-XX:SharedClassListFile=" + list, "-XX:SharedArchiveFile=" + part).inheritIO();
        // The jars go through the environment: the list is longer than some systems allow a command line to be.
        dump.environment().put("CLASSPATH", Request.join(request.jars()));
        try {
            int status = dump.start().waitFor();
            if (status != 0 || !Files.isRegularFile(part)) {
                say("java -Xshare:dump ended with status " + status);
                return false;
            }
            Files.move(part, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } finally {
            Files.deleteIfExists(part);
            Files.deleteIfExists(list);
        }
    }

    private static void say(String line) {
        System.out.println(Instant.now() + " start-up archive: " + line);
    }
}
