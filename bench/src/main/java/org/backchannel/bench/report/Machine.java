package org.backchannel.bench.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** What the numbers were measured on: they mean little without it. */
public final class Machine {

    private Machine() {
    }

    public static Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        m.put("git commit", gitCommit());
        m.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        m.put("RAM", memory());
        m.put("max heap", Format.mebibytes(Runtime.getRuntime().maxMemory()));
        m.put("JVM", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")");
        m.put("CPU", cpuModel());
        return m;
    }

    /** The one-minute load average: other processes on a shared machine make every figure slower. */
    public static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", load);
    }

    private static String memory() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return String.format(Locale.ROOT, "%.1f GiB", sun.getTotalMemorySize() / 1024.0 / 1024 / 1024);
        }
        return "unknown";
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String gitCommit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            boolean done = git.waitFor(10, TimeUnit.SECONDS);
            if (!done || git.exitValue() != 0) {
                return "unknown";
            }
            Process status = new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=no").start();
            boolean dirty = !new String(status.getInputStream().readAllBytes(), StandardCharsets.UTF_8).isBlank();
            status.waitFor(10, TimeUnit.SECONDS);
            return dirty ? out + " (with uncommitted changes)" : out;
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
