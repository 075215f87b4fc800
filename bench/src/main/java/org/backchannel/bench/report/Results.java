package org.backchannel.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything one bench run found: the machine, the tables in the order they ran, and the targets. */
public final class Results {

    private final Map<String, String> machine = new LinkedHashMap<>(Machine.describe());
    private final List<Table> tables = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public Results() {
        machine.put("load average at start", Machine.loadAverage());
    }

    public Table table(String title, String note, String... header) {
        Table table = new Table(title, note, List.of(header));
        tables.add(table);
        return table;
    }

    public void target(String figure, String target, String measured, Boolean met) {
        targets.add(new Target(figure, target, measured, met));
    }

    /** A line for the end of the report: something skipped, or a surprise. */
    public void note(String text) {
        notes.add(text);
    }

    public void finish(long elapsedMillis) {
        machine.put("load average at end", Machine.loadAverage());
        machine.put("bench run time", String.format("%.1f min", elapsedMillis / 60_000.0));
    }

    public Map<String, String> machine() {
        return machine;
    }

    public List<Table> tables() {
        return tables;
    }

    public List<Target> targets() {
        return targets;
    }

    public List<String> notes() {
        return notes;
    }
}
