package org.backchannel.packaging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Makes the class list for the start-up archive, at package time: {@code ClassListFilter IN OUT JARS-FOLDER}.
 * <ul>
 * <li>IN, written by {@code -XX:DumpLoadedClassList} while the launcher ran {@code status}, is fit for
 * {@code -Xshare:dump} on Java 17 only without its lines of 4,096 characters or more: Java 17 refuses the whole
 * list ("class list format error") for one such line, and Neo4j has lambdas whose signatures are that long.
 * Those lines are dropped, so those few lambdas are simply not archived.</li>
 * <li>{@code status} opens no window, so every class of the jars the window draws with is added by name
 * ({@link #WINDOW_JARS}): JavaFX, the controls and icons over it, and the app's own jars, whose window classes
 * {@code status} never touches; left out, they would be read from their jars and verified at every start of the
 * window.</li>
 * <li>More lists, recorded from window runs where the build has a virtual display (decision 0045), add what only
 * the window loads: the JDK's classes it uses and its lambdas, which a list of class names cannot give. A list that
 * is missing (no display) or older than the {@code status} list (an earlier build's) is passed over.</li>
 * </ul>
 */
public final class ClassListFilter {

    /** The longest line Java 17's class-list parser accepts. */
    static final int LONGEST_LINE = 4095;

    /** The jars whose every class is archived, by file name: JavaFX, AtlantaFX, ControlsFX, Ikonli and the app's own. */
    static final String WINDOW_JARS = "(javafx-|atlantafx-|controlsfx-|ikonli-|backchannel-app-|graph-model-|backchannel-data-).*\\.jar";

    private ClassListFilter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: ClassListFilter IN OUT JARS-FOLDER [WINDOW-RUN-LIST...]");
        }
        List<String> loaded = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        List<String> kept = keep(loaded);
        List<String> window = windowClasses(Path.of(args[2]));
        List<String> list = new ArrayList<>(kept);
        list.addAll(window);
        List<List<String>> runs = new ArrayList<>();
        for (Path run : freshRuns(Path.of(args[0]), Stream.of(args).skip(3).map(Path::of).toList())) {
            runs.add(keep(Files.readAllLines(run, StandardCharsets.UTF_8)));
        }
        List<String> merged = merge(list, runs);
        // The window's jars repeat classes status loaded, which the merge lists once: count only what the runs add.
        int fromRuns = merged.size() - merge(list, List.of()).size();
        Files.write(Path.of(args[1]), merged, StandardCharsets.UTF_8);
        System.out.printf("Class list %s: %d lines recorded, %d too long for Java 17 dropped, %d classes of the window's jars added,"
                + " %d lines from %d window runs.%n", args[1], kept.size(), loaded.size() - kept.size(), window.size(),
                fromRuns, runs.size());
    }

    /**
     * The window runs' lists this build recorded: those that exist and are no older than its {@code status} list, which
     * the build writes before it records the window runs. A list left in {@code target} by an earlier build (the runs
     * skipped this time, or they failed) is passed over, as it may name classes the jars no longer hold.
     */
    static List<Path> freshRuns(Path statusList, List<Path> runs) throws IOException {
        FileTime recorded = Files.getLastModifiedTime(statusList);
        List<Path> fresh = new ArrayList<>();
        for (Path run : runs) {
            if (Files.isRegularFile(run) && Files.getLastModifiedTime(run).compareTo(recorded) >= 0) {
                fresh.add(run);
            }
        }
        return fresh;
    }

    /** {@code list}, then each line of the window runs' lists it does not have yet, in their order; no comments. */
    static List<String> merge(List<String> list, List<List<String>> runs) {
        Set<String> lines = new LinkedHashSet<>(list);
        runs.forEach(run -> run.stream().filter(line -> !line.startsWith("#") && !line.isBlank()).forEach(lines::add));
        return List.copyOf(lines);
    }

    static List<String> keep(List<String> lines) {
        return lines.stream().filter(line -> line.length() <= LONGEST_LINE).toList();
    }

    /** The classes of every window jar in {@code folder}, as class-list lines ("javafx/scene/Node"). */
    static List<String> windowClasses(Path folder) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path jar : files.filter(f -> f.getFileName().toString().matches(WINDOW_JARS)).sorted().toList()) {
                try (JarFile file = new JarFile(jar.toFile())) {
                    file.stream().map(entry -> entry.getName())
                            .filter(name -> name.endsWith(".class") && !name.startsWith("META-INF/")
                                    && !name.endsWith("module-info.class"))
                            .map(name -> name.substring(0, name.length() - ".class".length()))
                            .forEach(names::add);
                }
            }
        }
        return List.copyOf(names);
    }
}
