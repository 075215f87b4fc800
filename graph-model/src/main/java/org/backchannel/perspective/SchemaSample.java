package org.backchannel.perspective;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a look at someone else's database found, as plain data: every label, relationship type and
 * property key it has, and for each label and type a count and a bounded sample of property values
 * (and which labels a type joins). A perspective is proposed from it and checked against it.
 */
public record SchemaSample(List<LabelSample> labels, List<TypeSample> types, Set<String> propertyKeys) {

    /** @param values up to a few sampled values per property key, in the store's order */
    public record LabelSample(String label, long count, Map<String, List<Object>> values) {
        public LabelSample {
            values = Map.copyOf(values);
        }
    }

    /** @param fromLabels labels seen at the start of sampled relationships; {@code toLabels} at their end */
    public record TypeSample(String type, long count, Set<String> fromLabels, Set<String> toLabels, Map<String, List<Object>> values) {
        public TypeSample {
            fromLabels = Set.copyOf(fromLabels);
            toLabels = Set.copyOf(toLabels);
            values = Map.copyOf(values);
        }
    }

    public SchemaSample {
        labels = List.copyOf(labels);
        types = List.copyOf(types);
        propertyKeys = Set.copyOf(propertyKeys);
    }

    public Set<String> labelNames() {
        TreeSet<String> names = new TreeSet<>();
        labels.forEach(l -> names.add(l.label()));
        return names;
    }

    public Set<String> typeNames() {
        TreeSet<String> names = new TreeSet<>();
        types.forEach(t -> names.add(t.type()));
        return names;
    }
}
