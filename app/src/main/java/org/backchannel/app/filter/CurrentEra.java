package org.backchannel.app.filter;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import org.backchannel.model.NamedEra;

/**
 * Which of the analyst's eras the year range shows, so that its choice can show it is on: the first era whose
 * years, within what is loaded, are exactly the range (as {@link FilterViewModel#applyEra} sets them); none once
 * the range is moved off every era, and none while the range covers all loaded years (no era filter).
 */
public final class CurrentEra {

    private final ReadOnlyObjectWrapper<NamedEra> era = new ReadOnlyObjectWrapper<>(this, "era");
    private final FilterViewModel filters;

    public CurrentEra(FilterViewModel filters) {
        this.filters = filters;
        for (ObservableValue<?> input : List.of(filters.fromYearProperty(), filters.toYearProperty(), filters.minYearProperty(),
                filters.maxYearProperty(), filters.erasProperty(), filters.availableErasProperty())) {
            input.addListener((obs, old, now) -> find());
        }
        find();
    }

    /** The era the range shows; null when it shows none. */
    public ReadOnlyObjectProperty<NamedEra> eraProperty() {
        return era.getReadOnlyProperty();
    }

    private void find() {
        int min = filters.minYearProperty().get();
        int max = filters.maxYearProperty().get();
        int from = filters.fromYearProperty().get();
        int to = filters.toYearProperty().get();
        NamedEra shown = null;
        if (from > min || to < max) {
            shown = filters.erasProperty().get().stream()
                    .filter(e -> filters.availableErasProperty().get().contains(e))
                    .filter(e -> Math.max(min, e.years().from()) == from && Math.min(max, e.years().to()) == to)
                    .findFirst().orElse(null);
        }
        era.set(shown);
    }
}
