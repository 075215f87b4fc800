package org.backchannel.app;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * Start-up figures for the log: wall time since the JVM started and the CPU time the process has
 * used. On two cores the CPU time bounds the wall time from below, so it tells whether a start
 * was slow for lack of cores or for waiting.
 */
public final class StartupClock {

    private StartupClock() {
    }

    /** For example "1729 ms after the JVM started, 3.1 s of CPU". */
    public static String sinceJvmStart() {
        long wall = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean withCpu && withCpu.getProcessCpuTime() >= 0) {
            return String.format("%d ms after the JVM started, %.1f s of CPU", wall, withCpu.getProcessCpuTime() / 1e9);
        }
        return wall + " ms after the JVM started";
    }
}
