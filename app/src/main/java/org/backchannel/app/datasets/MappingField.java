package org.backchannel.app.datasets;

import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One field of an exchange and the column of the sheet that holds it ("" for none), as the mapping dialog edits it. */
public final class MappingField {

    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("id", "Exchange id"),
            Map.entry("from", "From (who spoke)"), Map.entry("fromId", "From: id"), Map.entry("to", "To (to whom)"),
            Map.entry("toId", "To: id"), Map.entry("date", "Date"), Map.entry("start", "Start date"),
            Map.entry("end", "End date"), Map.entry("channel", "Channel"), Map.entry("channelId", "Channel: id"),
            Map.entry("channelType", "Channel type"), Map.entry("secrecy", "Secrecy"), Map.entry("outcome", "Outcome"),
            Map.entry("outcomeCategory", "Outcome category"), Map.entry("quote", "Quote"), Map.entry("source", "Source document"));

    private final String field;
    private final StringProperty column = new SimpleStringProperty(this, "column", "");

    MappingField(String field) {
        this.field = field;
    }

    /** The field's name in the mapping file's {@code columns}. */
    public String field() {
        return field;
    }

    /** The field in words, for the dialog. */
    public String label() {
        return label(field);
    }

    static String label(String field) {
        return LABELS.getOrDefault(field, field);
    }

    /** The header of the column that holds the field; "" when no column does. */
    public StringProperty columnProperty() {
        return column;
    }
}
