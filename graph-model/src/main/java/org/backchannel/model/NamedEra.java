package org.backchannel.model;

import java.util.Objects;

/**
 * An era as the analyst names it: "Nixon years", 1969–1974. The built-in {@link Era}s are the defaults;
 * an exploration keeps its own list ({@link Eras}). A range ending in {@link PartialDate#MAX_YEAR} is open.
 */
public record NamedEra(String name, YearRange years) {

    public NamedEra {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(years, "years");
    }

    public NamedEra(String name, int from, int to) {
        this(name, new YearRange(from, to));
    }

    /** "Nixon years (1969–1974)", or "Since 2014 (2014–)" for an open era. */
    public String describe() {
        return name + " (" + (years.from() == years.to() ? years.from() + "" : years.from() + "–"
                + (years.to() >= PartialDate.MAX_YEAR ? "" : years.to())) + ")";
    }
}
