package org.backchannel.app.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Makes what {@code -XX:DumpLoadedClassList} wrote fit for {@code -Xshare:dump} over the library jars only
 * (decision 0025). Java 17 archives no class from a folder on the classpath, and refuses to make an archive
 * at all once one is named; so the classes of the project's own {@code target/classes} folders are dropped,
 * with the lambdas they create. Also dropped: lines of 4,096 characters or more (Java 17 refuses a whole
 * list for one such line; Neo4j has lambdas that long), and a last line the recording JVM may still have
 * been writing.
 */
final class ArchiveClassList {

    /** The longest line Java 17's class-list parser accepts. */
    static final int LONGEST_LINE = 4095;
    private static final String LAMBDA_PROXY = "@lambda-proxy ";

    private ArchiveClassList() {
    }

    /**
     * @param recorded the list as written, split into lines
     * @param complete whether the text ended with a line break (if not, its last line may be cut short)
     * @param folders  the classpath's folders, whose classes are left out
     */
    static List<String> keep(List<String> recorded, boolean complete, List<Path> folders) {
        List<String> lines = complete || recorded.isEmpty() ? recorded : recorded.subList(0, recorded.size() - 1);
        return lines.stream()
                .filter(line -> !line.isBlank() && line.length() <= LONGEST_LINE)
                .filter(line -> definedIn(line).map(name -> !inFolders(name, folders)).orElse(true))
                .toList();
    }

    /** The class a line loads or, for a lambda, the class that creates it; none for comments and method-handle lines. */
    private static Optional<String> definedIn(String line) {
        if (line.startsWith("#") || line.startsWith("@") && !line.startsWith(LAMBDA_PROXY)) {
            return Optional.empty();
        }
        String rest = line.startsWith(LAMBDA_PROXY) ? line.substring(LAMBDA_PROXY.length()) : line;
        int end = rest.indexOf(' ');
        return Optional.of(end < 0 ? rest : rest.substring(0, end));
    }

    private static boolean inFolders(String className, List<Path> folders) {
        return folders.stream().anyMatch(folder -> Files.isRegularFile(folder.resolve(className + ".class")));
    }
}
