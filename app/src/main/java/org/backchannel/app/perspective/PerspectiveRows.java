package org.backchannel.app.perspective;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.backchannel.model.ChannelType;
import org.backchannel.perspective.LinkRole;
import org.backchannel.perspective.NodeRole;

/** The rows of the perspective dialog's tables, each with the one cell the user edits as a property. */
public final class PerspectiveRows {

    private PerspectiveRows() {
    }

    /** A label, how many nodes have it, what it stands for. */
    public static final class LabelRow {
        private final String label;
        private final long count;
        private final ObjectProperty<NodeRole> role;

        LabelRow(String label, long count, NodeRole role) {
            this.label = label;
            this.count = count;
            this.role = new SimpleObjectProperty<>(this, "role", role);
        }

        public String getLabel() {
            return label;
        }

        public long getCount() {
            return count;
        }

        public ObjectProperty<NodeRole> roleProperty() {
            return role;
        }
    }

    /** A relationship type, which labels it joins, what it stands for. */
    public static final class TypeRow {
        private final String type;
        private final long count;
        private final String joins;
        private final ObjectProperty<LinkRole> role;

        TypeRow(String type, long count, String joins, LinkRole role) {
            this.type = type;
            this.count = count;
            this.joins = joins;
            this.role = new SimpleObjectProperty<>(this, "role", role);
        }

        public String getType() {
            return type;
        }

        public long getCount() {
            return count;
        }

        public String getJoins() {
            return joins;
        }

        public ObjectProperty<LinkRole> roleProperty() {
            return role;
        }
    }

    /** A property role and the keys that hold it, as the user types them ("name, title"). */
    public static final class PropertyRow {
        private final String role;
        private final StringProperty keys;

        PropertyRow(String role, String keys) {
            this.role = role;
            this.keys = new SimpleStringProperty(this, "keys", keys);
        }

        public String getRole() {
            return role;
        }

        public StringProperty keysProperty() {
            return keys;
        }
    }

    /** A date property, how its dates are written, and sampled values to judge by. */
    public static final class DateRow {
        private final String key;
        private final String sample;
        private final StringProperty format;

        DateRow(String key, String sample, String format) {
            this.key = key;
            this.sample = sample;
            this.format = new SimpleStringProperty(this, "format", format);
        }

        public String getKey() {
            return key;
        }

        public String getSample() {
            return sample;
        }

        public StringProperty formatProperty() {
            return format;
        }
    }

    /** A channel-type value of the store and Backchannel's type for it; null keeps it as its own legend entry. */
    public static final class ChannelRow {
        private final String value;
        private final ObjectProperty<ChannelType> type;

        ChannelRow(String value, ChannelType type) {
            this.value = value;
            this.type = new SimpleObjectProperty<>(this, "type", type);
        }

        public String getValue() {
            return value;
        }

        public ObjectProperty<ChannelType> typeProperty() {
            return type;
        }
    }
}
