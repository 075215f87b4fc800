package org.backchannel.app.launch;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The developer launch's start-up archive (class-data sharing; decision 0025). The README's run command names
 * an archive in {@code app/target} and has every JVM record the classes it loads; the JVM maps the archive
 * when it is there and fits, and silently runs without it otherwise. When the window closes and the archive
 * was not in use (missing, or made for other jars or another JDK), {@link StartupArchiveMaker} makes it in the
 * background, in a JVM of its own, for the next launch. Nothing here can stop a launch or an exit: a failure
 * only means no archive, and the maker's log says why.
 */
public final class StartupArchive {

    private static final Logger LOG = LoggerFactory.getLogger(StartupArchive.class);
    /** A request older than this is from a maker that was stopped (Ctrl+C in the terminal): make the archive again. */
    static final Duration MAKER_GIVEN_UP = Duration.ofMinutes(15);

    private final Path archive;
    private final Path recorded;
    private final boolean inUse;
    private final List<Path> classpath;

    StartupArchive(Path archive, Path recorded, boolean inUse, List<Path> classpath) {
        this.archive = archive;
        this.recorded = recorded;
        this.inUse = inUse;
        this.classpath = List.copyOf(classpath);
    }

    /** The archive this JVM was started with and the class list it records, when its launch asked for both. */
    public static Optional<StartupArchive> ofThisJvm() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            String archive = vm.getVMOption("SharedArchiveFile").getValue();
            String list = vm.getVMOption("DumpLoadedClassList").getValue();
            if (archive.isEmpty() || list.isEmpty()) {
                return Optional.empty();
            }
            // The JVM names its list with "%p" replaced by "pid" and its process id; the option keeps "%p".
            Path recorded = Path.of(list.replace("%p", "pid" + ProcessHandle.current().pid()));
            // "sharing" in the VM's description: an archive is mapped, and with SharedArchiveFile set it can only be this one.
            boolean inUse = System.getProperty("java.vm.info", "").contains("sharing");
            List<Path> classpath = Arrays.stream(System.getProperty("java.class.path", "").split(File.pathSeparator))
                    .filter(entry -> !entry.isEmpty()).map(Path::of).toList();
            return Optional.of(new StartupArchive(Path.of(archive), recorded, inUse, classpath));
        } catch (RuntimeException e) {
            LOG.debug("No start-up archive: the VM's options could not be read", e);
            return Optional.empty();
        }
    }

    /**
     * As the JVM ends: after the window, has the archive made in the background if it was not in use and no
     * maker is at work on it; else forgets this JVM's class list (each JVM of the launch writes one).
     */
    public void atExit(boolean windowShown) {
        try {
            if (windowShown && !inUse && jars().isEmpty()) {
                LOG.info("No start-up archive: the classpath starts with a folder, and Java 17 archives only what comes before it");
            } else if (windowShown && !inUse && !makerAtWork(Instant.now())) {
                startMaker();
                return;
            }
            Files.deleteIfExists(recorded);
        } catch (IOException | RuntimeException e) {
            LOG.info("The start-up archive was not made: {}", e.toString());
        }
    }

    /** The classpath's jars before its first folder: what the archive is made from, and what a later launch must start with. */
    List<Path> jars() {
        List<Path> jars = new ArrayList<>();
        for (Path entry : classpath) {
            if (!entry.toString().endsWith(".jar") || Files.isDirectory(entry)) {
                break;
            }
            jars.add(entry);
        }
        return jars;
    }

    /** The classpath's folders, whose classes the archive leaves out. */
    List<Path> folders() {
        return classpath.stream().filter(Files::isDirectory).toList();
    }

    Path request() {
        return archive.resolveSibling(archive.getFileName() + ".request");
    }

    boolean makerAtWork(Instant now) throws IOException {
        Path request = request();
        if (!Files.exists(request)) {
            return false;
        }
        FileTime made = Files.getLastModifiedTime(request);
        return made.toInstant().plus(MAKER_GIVEN_UP).isAfter(now);
    }

    private void startMaker() throws IOException {
        Path request = request();
        StartupArchiveMaker.Request asked = new StartupArchiveMaker.Request(archive, recorded, jars(), folders(),
                Path.of(System.getProperty("java.home"), "bin", "java"));
        asked.write(request);
        Path log = StartupArchiveMaker.logOf(archive);
        Path ownClasses;
        try {
            ownClasses = Path.of(StartupArchive.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException("where the app's classes are: " + e.getMessage(), e);
        }
        // A JVM of its own, which outlives this one: the dump takes tens of seconds of CPU and the user is done.
        new ProcessBuilder(asked.java().toString(), "-XX:TieredStopAtLevel=1", "-Xshare:off", "-cp", ownClasses.toString(),
                StartupArchiveMaker.class.getName(), request.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        LOG.info("Making the start-up archive {} in the background for the next launch (log: {})", archive, log);
    }
}
