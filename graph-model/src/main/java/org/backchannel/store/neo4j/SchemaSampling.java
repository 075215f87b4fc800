package org.backchannel.store.neo4j;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backchannel.perspective.SchemaSample;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Looks at someone else's database for a perspective: its labels, relationship types and property
 * keys (from the store's own catalogue), each label's and type's count (from the count store) and a
 * sample of the first nodes and relationships of each. Every statement reads a bounded number of
 * elements, so proposing a perspective costs the same on a million nodes as on a thousand. Labels and
 * types reach a statement only as the store itself named them, backtick-escaped.
 */
final class SchemaSampling {

    /** Elements sampled per label or type; values kept per property. */
    static final int SAMPLE = 100;
    static final int VALUES = 12;
    /** A database with more labels or types than this is sampled for the first ones only. */
    static final int MAX_NAMES = 200;

    private SchemaSampling() {
    }

    /** Runs one read transaction; each label and type is sampled in its own, so that none outlives the browsing timeout. */
    interface Reads {
        <T> T read(TransactionCallback<T> work);
    }

    static SchemaSample read(Reads reads) {
        List<String> labels = reads.read(tx -> tx.run("CALL db.labels() YIELD label RETURN label ORDER BY label LIMIT $max", Map.of("max", MAX_NAMES))
                .list(r -> r.get("label").asString()));
        List<String> types = reads.read(tx -> tx.run("CALL db.relationshipTypes() YIELD relationshipType AS type RETURN type ORDER BY type LIMIT $max",
                Map.of("max", MAX_NAMES)).list(r -> r.get("type").asString()));
        Set<String> keys = new HashSet<>(reads.read(tx -> tx.run("CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey")
                .list(r -> r.get("propertyKey").asString())));
        List<SchemaSample.LabelSample> labelSamples = new ArrayList<>();
        for (String label : labels) {
            labelSamples.add(reads.read(tx -> label(tx, label)));
        }
        List<SchemaSample.TypeSample> typeSamples = new ArrayList<>();
        for (String type : types) {
            typeSamples.add(reads.read(tx -> type(tx, type)));
        }
        return new SchemaSample(labelSamples, typeSamples, keys);
    }

    private static SchemaSample.LabelSample label(TransactionContext tx, String label) {
        String name = Cypher.name(label);
        long count = tx.run("MATCH (n:" + name + ") RETURN count(n) AS c").single().get("c").asLong();
        Map<String, List<Object>> values = values(tx.run("""
                MATCH (n:%s) WITH n LIMIT $sample
                UNWIND keys(n) AS k
                WITH k, collect(n[k])[..$values] AS vs RETURN k, vs""".formatted(name),
                Map.of("sample", SAMPLE, "values", VALUES)).list());
        return new SchemaSample.LabelSample(label, count, values);
    }

    private static SchemaSample.TypeSample type(TransactionContext tx, String type) {
        String name = Cypher.name(type);
        long count = tx.run("MATCH ()-[r:" + name + "]->() RETURN count(r) AS c").single().get("c").asLong();
        Record ends = tx.run("""
                MATCH (a)-[r:%s]->(b) WITH a, r, b LIMIT $sample
                UNWIND labels(a) AS fl UNWIND labels(b) AS tl
                RETURN collect(DISTINCT fl) AS from, collect(DISTINCT tl) AS to""".formatted(name), Map.of("sample", SAMPLE)).single();
        Map<String, List<Object>> values = values(tx.run("""
                MATCH ()-[r:%s]->() WITH r LIMIT $sample
                UNWIND keys(r) AS k
                WITH k, collect(r[k])[..$values] AS vs RETURN k, vs""".formatted(name),
                Map.of("sample", SAMPLE, "values", VALUES)).list());
        return new SchemaSample.TypeSample(type, count, Set.copyOf(ends.get("from").asList(Value::asString)),
                Set.copyOf(ends.get("to").asList(Value::asString)), values);
    }

    private static Map<String, List<Object>> values(List<Record> rows) {
        Map<String, List<Object>> values = new LinkedHashMap<>();
        for (Record row : rows) {
            values.put(row.get("k").asString(), row.get("vs").asList(Value::asObject));
        }
        return values;
    }
}
