package org.backchannel.store.neo4j;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * A SHA-256 over every node (labels, properties), relationship (type, properties, both ends) and
 * property in the database, independent of internal ids and of the order the store returns them.
 * Two stores with the same digest hold the same graph. A dataset's time of import is left out: it
 * says when, not what, and two stores given the same imports at different times hold the same; the
 * digest of a dataset's contributions and a relationship's lesser degree are left out too, being
 * worked out from what the digest covers. Contributions count in their whole form, however stored
 * (decision 0026), and so does the dataset of each citation, stored or not (decision 0035).
 */
final class ContentDigest {

    private ContentDigest() {
    }

    static String of(TransactionContext tx) {
        List<String> lines = new ArrayList<>();
        tx.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props").forEachRemaining(r ->
                lines.add("N" + canonicalNode(r.get("labels"), r.get("props"))));
        tx.run("MATCH (a)-[r]->(b) RETURN labels(a) AS al, properties(a) AS ap, type(r) AS type, properties(r) AS props, "
                        + "labels(b) AS bl, properties(b) AS bp").forEachRemaining(r ->
                lines.add("R" + r.get("type").asString() + canonical(withoutLesserDegree(r.get("type").asString(),
                        r.get("props"), r.get("ap"), r.get("bp")))
                        + "<" + canonicalNode(r.get("al"), r.get("ap")) + ">" + canonicalNode(r.get("bl"), r.get("bp"))));
        lines.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                sha.update(line.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String canonicalNode(Value labels, Value props) {
        List<String> names = labels.asList(Value::asString);
        Map<String, Object> properties = wholeContributions(props.asMap(), null, null, null);
        if (names.contains(DatasetCatalog.LABEL)) {
            properties.remove("importedAt");
            properties.remove(DatasetCatalog.CONTRIBUTION_DIGEST);
        }
        return names.stream().sorted().collect(Collectors.joining(":")) + canonical(properties);
    }

    /**
     * A relationship's lesser degree is left out: it is worked out from the degrees, which the digest
     * covers, and a store given it by an upgrade keeps the digest its sessions and figures cite.
     */
    private static Map<String, Object> withoutLesserDegree(String type, Value props, Value from, Value to) {
        Map<String, Object> properties = wholeContributions(props.asMap(), type, from.get("id").asString(null),
                to.get("id").asString(null));
        properties.remove(LesserDegree.PROPERTY);
        return properties;
    }

    /**
     * Contributions as whole canonical texts under their earlier name, whichever form they are stored in:
     * the stored form says how, not what, and a store keeps the digest its sessions and figures cite.
     */
    private static Map<String, Object> wholeContributions(Map<String, Object> props, String type, String from, String to) {
        Map<String, Object> properties = new TreeMap<>(props);
        CitationDatasets.restore(properties);
        if (properties.remove(ContributionDiff.PROPERTY) != null) {
            List<String> datasets = props.get("datasets") instanceof List<?> ids ? ids.stream().map(String::valueOf).toList() : List.of();
            properties.put(ContributionDiff.WHOLE, ContributionDiff.wholeTexts(datasets, props, type, from, to));
        }
        return properties;
    }

    private static String canonical(Value value) {
        return canonical(value.asObject());
    }

    private static String canonical(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, String> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), canonical(v)));
            return sorted.entrySet().stream().map(e -> quote(e.getKey()) + ":" + e.getValue())
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ContentDigest::canonical).collect(Collectors.joining(",", "[", "]"));
        }
        if (value instanceof String s) {
            return quote(s);
        }
        return value == null ? "null" : value.getClass().getSimpleName() + "(" + value + ")";
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}
