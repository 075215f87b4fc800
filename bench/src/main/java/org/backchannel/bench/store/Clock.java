package org.backchannel.bench.store;

import java.lang.management.ManagementFactory;

/**
 * A moment as wall time, the process's CPU time and the system's load average, or the difference of two.
 * The process's CPU time counts every thread of the JVM (the embedded DBMS, the collector, the compiler),
 * so it is a steadier measure than wall time on a machine others are loading.
 */
record Clock(long wallNanos, long cpuNanos, double load) {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    static Clock start() {
        return new Clock(System.nanoTime(), OS.getProcessCpuTime(), OS.getSystemLoadAverage());
    }

    Clock lap() {
        return start();
    }

    /** The time from {@code earlier} to this moment; the load is this moment's. */
    Clock minus(Clock earlier) {
        return new Clock(wallNanos - earlier.wallNanos, cpuNanos - earlier.cpuNanos, load);
    }

    String since(Clock earlier) {
        return minus(earlier).toString();
    }

    @Override
    public String toString() {
        return String.format("%.1f s (CPU %.1f s, load %.1f)", wallNanos / 1e9, cpuNanos / 1e9, load);
    }
}
