package org.backchannel.app.filter;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Whether the two filters apply to what is loaded, and why not: someone else's database may have no channels,
 * or no dates (its perspective names no date property). The era filter starts off until something dated loads.
 */
public final class FilterApplies {

    private final ReadOnlyBooleanWrapper channelTypes = new ReadOnlyBooleanWrapper(this, "channelTypesApply", true);
    private final ReadOnlyBooleanWrapper eras = new ReadOnlyBooleanWrapper(this, "erasApply", false);
    private final ReadOnlyStringWrapper undatedReason = new ReadOnlyStringWrapper(this, "undatedReason", "");
    /** Whether anything loaded has a date, as last adapted to. */
    private boolean loadedHasDates = true;

    /** False when nothing loaded is a channel (someone else's database): the channel-type filter does not apply. */
    public ReadOnlyBooleanProperty channelTypesApplyProperty() {
        return channelTypes.getReadOnlyProperty();
    }

    /** False when nothing loaded has a date: the era filter does not apply. */
    public ReadOnlyBooleanProperty erasApplyProperty() {
        return eras.getReadOnlyProperty();
    }

    /** Why the store has no dates to filter by (a perspective that names no date property); empty when it may have some. */
    public ReadOnlyStringProperty undatedReasonProperty() {
        return undatedReason.getReadOnlyProperty();
    }

    /**
     * Says why the store has no dates (its perspective names no date property), which switches the era
     * filter off; an empty reason switches it back on for whatever loaded has dates.
     */
    public void explainUndated(String reason) {
        undatedReason.set(reason);
        eras.set(loadedHasDates && reason.isEmpty());
    }

    void adapt(boolean hasChannels, boolean dated) {
        channelTypes.set(hasChannels);
        loadedHasDates = dated;
        eras.set(dated && undatedReason.get().isEmpty());
    }
}
