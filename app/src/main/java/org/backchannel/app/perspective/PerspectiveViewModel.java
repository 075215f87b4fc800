package org.backchannel.app.perspective;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.backchannel.app.perspective.PerspectiveRows.ChannelRow;
import org.backchannel.app.perspective.PerspectiveRows.DateRow;
import org.backchannel.app.perspective.PerspectiveRows.LabelRow;
import org.backchannel.app.perspective.PerspectiveRows.PropertyRow;
import org.backchannel.app.perspective.PerspectiveRows.TypeRow;
import org.backchannel.model.ChannelType;
import org.backchannel.perspective.DateFormat;
import org.backchannel.perspective.LinkRole;
import org.backchannel.perspective.NodeRole;
import org.backchannel.perspective.Perspective;
import org.backchannel.perspective.PerspectiveException;
import org.backchannel.perspective.PerspectiveFile;
import org.backchannel.perspective.PropertyRoles;
import org.backchannel.perspective.SchemaSample;
import org.backchannel.perspective.ValueText;

/**
 * The perspective dialog's state: the store's labels, relationship types, property roles, date
 * formats and channel-type values with what the perspective makes of each, editable. Applying
 * builds a perspective and hands it to the store; a perspective the store refuses, or a file that
 * does not read, leaves the one in use and says what and where.
 */
public final class PerspectiveViewModel {

    /** Reads the open database through a perspective; refuses one that names what the store does not have. */
    @FunctionalInterface
    public interface Applier {
        void apply(Perspective perspective, String where) throws PerspectiveException;
    }

    private static final List<String> ROLES = List.of("name", "date", "start", "end", "channelType", "secrecy", "quote", "source");

    private final SchemaSample schema;
    private final Applier applier;
    private final PerspectiveFile files = new PerspectiveFile();
    private final ObservableList<LabelRow> labels = FXCollections.observableArrayList();
    private final ObservableList<TypeRow> types = FXCollections.observableArrayList();
    private final ObservableList<PropertyRow> properties = FXCollections.observableArrayList();
    private final ObservableList<DateRow> dates = FXCollections.observableArrayList();
    private final ObservableList<ChannelRow> channels = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper(this, "problems", "");
    private Map<String, String> exchangeChannels = Map.of();

    public PerspectiveViewModel(SchemaSample schema, Perspective current, Applier applier) {
        this.schema = schema;
        this.applier = applier;
        show(current);
    }

    public ObservableList<LabelRow> getLabels() {
        return labels;
    }

    public ObservableList<TypeRow> getTypes() {
        return types;
    }

    public ObservableList<PropertyRow> getProperties() {
        return properties;
    }

    public ObservableList<DateRow> getDates() {
        return dates;
    }

    public ObservableList<ChannelRow> getChannels() {
        return channels;
    }

    /** What was wrong with the last apply, import or export, naming what and where; empty when nothing was. */
    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** Builds the perspective the rows say and reads the store through it; false (and problems said) when it is refused. */
    public boolean apply() {
        return applyAs("the dialog");
    }

    /** Reads a perspective file into the dialog and uses it; a file that does not read or fit changes nothing. */
    public boolean importFrom(Path file) {
        try {
            Perspective read = files.read(file);
            applier.apply(read, file.toString());
            show(read);
            problems.set("");
            return true;
        } catch (PerspectiveException e) {
            problems.set(e.getMessage());
            return false;
        }
    }

    /** Writes the perspective the rows say to a file, for a colleague to import. */
    public boolean exportTo(Path file, String storeUri, String database) {
        try {
            Perspective built = build();
            Files.write(file, files.write(built, new PerspectiveFile.Origin(storeUri, database)));
            problems.set("");
            return true;
        } catch (IllegalArgumentException e) {
            problems.set(e.getMessage());
            return false;
        } catch (IOException e) {
            problems.set("The perspective could not be written to " + file + ": " + e.getMessage());
            return false;
        }
    }

    /** Adds a row for the channel value of an exchange label or type the user has just made one. */
    public void refreshChannels() {
        Set<String> have = channels.stream().map(ChannelRow::getValue).collect(Collectors.toSet());
        for (String value : exchangeValues().values()) {
            if (have.add(value)) {
                channels.add(new ChannelRow(value, null));
            }
        }
    }

    private boolean applyAs(String where) {
        try {
            applier.apply(build(), where);
            problems.set("");
            return true;
        } catch (IllegalArgumentException e) {
            problems.set(e.getMessage());
            return false;
        } catch (PerspectiveException e) {
            problems.set(e.getMessage());
            return false;
        }
    }

    /** @throws IllegalArgumentException naming the row whose date format is not one */
    Perspective build() {
        Map<String, NodeRole> labelRoles = new TreeMap<>();
        labels.forEach(r -> labelRoles.put(r.getLabel(), r.roleProperty().get()));
        Map<String, LinkRole> typeRoles = new TreeMap<>();
        types.forEach(r -> typeRoles.put(r.getType(), r.roleProperty().get()));
        Map<String, List<String>> keys = new TreeMap<>();
        properties.forEach(r -> keys.put(r.getRole(), split(r.keysProperty().get())));
        PropertyRoles roles = new PropertyRoles(keys.get("name"), keys.get("date"), keys.get("start"), keys.get("end"),
                keys.get("channelType"), keys.get("secrecy"), keys.get("quote"), keys.get("source"));
        Map<String, DateFormat> formats = new TreeMap<>();
        for (DateRow row : dates) {
            try {
                formats.put(row.getKey(), new DateFormat(row.formatProperty().get()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Dates, " + row.getKey() + ": " + e.getMessage(), e);
            }
        }
        Map<String, ChannelType> values = new TreeMap<>();
        channels.forEach(r -> {
            if (r.typeProperty().get() != null) {
                values.put(r.getValue(), r.typeProperty().get());
            }
        });
        return new Perspective(labelRoles, typeRoles, roles, formats, values, exchangeValues(labelRoles, typeRoles));
    }

    private Map<String, String> exchangeValues() {
        Map<String, NodeRole> labelRoles = new TreeMap<>();
        labels.forEach(r -> labelRoles.put(r.getLabel(), r.roleProperty().get()));
        Map<String, LinkRole> typeRoles = new TreeMap<>();
        types.forEach(r -> typeRoles.put(r.getType(), r.roleProperty().get()));
        return exchangeValues(labelRoles, typeRoles);
    }

    /** An exchange label or type keeps the channel value it had; one newly made an exchange is named by its words. */
    private Map<String, String> exchangeValues(Map<String, NodeRole> labelRoles, Map<String, LinkRole> typeRoles) {
        Map<String, String> values = new TreeMap<>();
        labelRoles.forEach((label, role) -> {
            if (role == NodeRole.EXCHANGE) {
                values.put(label, exchangeChannels.getOrDefault(label, words(label)));
            }
        });
        typeRoles.forEach((type, role) -> {
            if (role == LinkRole.EXCHANGE) {
                values.put(type, exchangeChannels.getOrDefault(type, words(type)));
            }
        });
        return values;
    }

    private void show(Perspective p) {
        exchangeChannels = p.exchangeChannels();
        labels.setAll(schema.labels().stream()
                .map(l -> new LabelRow(l.label(), l.count(), p.labels().getOrDefault(l.label(), NodeRole.OTHER))).toList());
        types.setAll(schema.types().stream().map(t -> new TypeRow(t.type(), t.count(),
                String.join(", ", new java.util.TreeSet<>(t.fromLabels())) + " → " + String.join(", ", new java.util.TreeSet<>(t.toLabels())),
                p.roleOf(t.type()))).toList());
        Map<String, List<String>> byRole = p.properties().byRole();
        properties.setAll(ROLES.stream().map(r -> new PropertyRow(r, String.join(", ", byRole.get(r)))).toList());
        Set<String> dateKeys = new LinkedHashSet<>(p.properties().date());
        dateKeys.addAll(p.properties().start());
        dateKeys.addAll(p.properties().end());
        dateKeys.addAll(p.dateFormats().keySet());
        dates.setAll(dateKeys.stream().map(k -> new DateRow(k, sample(k), p.dateFormat(k).code())).toList());
        Set<String> values = new LinkedHashSet<>(p.channelTypes().keySet());
        for (String key : p.properties().channelType()) {
            sampled(key).forEach(v -> values.add(ValueText.of(v).toLowerCase(Locale.ROOT)));
        }
        values.addAll(p.exchangeChannels().values());
        channels.setAll(values.stream().map(v -> new ChannelRow(v, p.channelType(v).orElse(null))).toList());
    }

    private String sample(String key) {
        return sampled(key).stream().limit(3).map(ValueText::of).collect(Collectors.joining(", "));
    }

    private List<Object> sampled(String key) {
        List<Object> values = new ArrayList<>();
        schema.labels().forEach(l -> values.addAll(l.values().getOrDefault(key, List.of())));
        schema.types().forEach(t -> values.addAll(t.values().getOrDefault(key, List.of())));
        return values;
    }

    private static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String words(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").replaceAll("[^A-Za-z0-9]+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
