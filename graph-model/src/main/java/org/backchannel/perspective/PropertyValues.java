package org.backchannel.perspective;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backchannel.model.PartialDate;
import org.backchannel.model.TimeSpan;

/**
 * The values an element's properties hold for the roles a {@link Perspective} gives them, read as text or
 * as dates in the perspective's formats; a value that does not read as its role needs is counted in the
 * {@link ValueNotes}.
 */
final class PropertyValues {

    private final Perspective perspective;
    private final ValueNotes notes;

    PropertyValues(Perspective perspective, ValueNotes notes) {
        this.perspective = perspective;
        this.notes = notes;
    }

    /** The value of the first present key as text; a value that is not text is counted and shown as text. */
    Optional<String> text(String id, List<String> keys, Map<String, Object> properties) {
        String key = PropertyRoles.firstPresent(keys, properties);
        if (key == null) {
            return Optional.empty();
        }
        Object value = properties.get(key);
        if (!(value instanceof String)) {
            notes.unexpectedType(id, key, value);
        }
        return Optional.of(ValueText.of(value));
    }

    /** A date, or a start and an end; a value that does not read is left out, counted and kept in the details. */
    TimeSpan span(String id, Map<String, Object> properties) {
        PropertyRoles roles = perspective.properties();
        PartialDate date = date(id, roles.date(), properties);
        if (date != null) {
            return TimeSpan.at(date);
        }
        PartialDate start = date(id, roles.start(), properties);
        PartialDate end = date(id, roles.end(), properties);
        if (start != null && end != null && end.latest().isBefore(start.earliest())) {
            String key = PropertyRoles.firstPresent(roles.end(), properties);
            notes.unparsedDate(id, key, properties.get(key), "an end on or after the start " + start);
            end = null;
        }
        return new TimeSpan(start, end);
    }

    private PartialDate date(String id, List<String> keys, Map<String, Object> properties) {
        String key = PropertyRoles.firstPresent(keys, properties);
        if (key == null) {
            return null;
        }
        Object value = properties.get(key);
        DateFormat format = perspective.dateFormat(key);
        DateFormat.DateRead read = format.read(value);
        switch (read.outcome()) {
            case DATED -> {
                return read.date();
            }
            case UNPARSED -> notes.unparsedDate(id, key, value, format.describe());
            case WRONG_TYPE -> notes.unexpectedType(id, key, value);
        }
        return null;
    }
}
