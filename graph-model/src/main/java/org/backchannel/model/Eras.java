package org.backchannel.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The analyst's named eras, in the order they were listed: the built-in {@link Era}s by default, added to,
 * renamed, changed or deleted as steps of an exploration, and kept with its session. Immutable; every
 * change gives a new list. Names are unique by {@link #key}, so that "Nixon years" can be typed on the
 * command line as {@code nixon-years}, and the built-in ones keep their old codes ({@code detente}).
 */
public record Eras(List<NamedEra> all) {

    /** Longer names would not fit on the filter pane's buttons. */
    public static final int MAX_NAME = 60;

    /** What reads as years on the command line ("1969-1977", "1970") is taken as years, never as a name. */
    private static final Pattern YEARS = Pattern.compile("\\s*\\d{1,4}(?:\\s*[-–]\\s*\\d{1,4})?\\s*");

    // After YEARS, which checking the names needs.
    public static final Eras DEFAULTS = new Eras(Arrays.stream(Era.values())
            .map(era -> new NamedEra(era.displayName(), era.years())).toList());

    public Eras {
        all = List.copyOf(all);
        Set<String> keys = new HashSet<>();
        for (NamedEra era : all) {
            if (nameProblem(era.name()).isPresent() || !keys.add(key(era.name()))) {
                throw new IllegalArgumentException("not a valid list of eras: \"" + era.name() + "\" "
                        + nameProblem(era.name()).orElse("is listed twice"));
            }
        }
    }

    /**
     * How a name is matched: lower case, accents dropped, every run of other characters one hyphen.
     * "Détente" and "detente", "Nixon years" and "nixon-years" are the same name.
     */
    public static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }

    /** The era of this name (matched by {@link #key}), if there is one. */
    public Optional<NamedEra> named(String name) {
        String wanted = key(name);
        return all.stream().filter(era -> key(era.name()).equals(wanted)).findFirst();
    }

    /** The names as typed on the command line: "cold-war, detente, …". */
    public List<String> keys() {
        return all.stream().map(era -> key(era.name())).toList();
    }

    /** The eras a range of years touches, in list order. */
    public List<NamedEra> overlapping(YearRange range) {
        return all.stream().filter(era -> era.years().overlaps(range)).toList();
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** This list with {@code era} added at the end. */
    public Eras with(NamedEra era) {
        List<NamedEra> more = new ArrayList<>(all);
        more.add(era);
        return new Eras(more);
    }

    /** This list with the era called {@code name} replaced, in its place, by {@code now}. */
    public Eras replacing(String name, NamedEra now) {
        NamedEra old = named(name).orElseThrow(() -> new IllegalArgumentException("no era is called " + name));
        List<NamedEra> changed = new ArrayList<>(all);
        changed.set(all.indexOf(old), now);
        return new Eras(changed);
    }

    public Eras without(String name) {
        List<NamedEra> fewer = new ArrayList<>(all);
        named(name).ifPresent(fewer::remove);
        return new Eras(fewer);
    }

    /** What is wrong with a name on its own, in words ("is empty"), or nothing. */
    public static Optional<String> nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("is empty");
        }
        if (!name.equals(name.strip())) {
            return Optional.of("begins or ends with a space");
        }
        if (name.length() > MAX_NAME) {
            return Optional.of("is " + name.length() + " characters long; the limit is " + MAX_NAME);
        }
        if (key(name).isEmpty()) {
            return Optional.of("has no letter or digit");
        }
        if (YEARS.matcher(name).matches()) {
            return Optional.of("reads as years; the command line would take it for a year range");
        }
        return Optional.empty();
    }

    /**
     * What is wrong with naming an era {@code name} in this list, in words, or nothing; {@code replacing} is the
     * name of the era being renamed (null when adding), which the new name may match.
     */
    public Optional<String> nameProblem(String name, String replacing) {
        Optional<String> alone = nameProblem(name);
        if (alone.isPresent()) {
            return alone;
        }
        Optional<NamedEra> same = named(name);
        if (same.isPresent() && (replacing == null || !key(replacing).equals(key(same.get().name())))) {
            return Optional.of("is taken: an era is already called \u201c" + same.get().name() + "\u201d");
        }
        return Optional.empty();
    }

    /** What is wrong with a span of years, in words, or nothing. */
    public static Optional<String> yearsProblem(int from, int to) {
        for (int year : new int[] {from, to}) {
            if (year < PartialDate.MIN_YEAR || year > PartialDate.MAX_YEAR) {
                return Optional.of("year " + year + " is out of range: years run from " + PartialDate.MIN_YEAR + " to "
                        + PartialDate.MAX_YEAR);
            }
        }
        if (to < from) {
            return Optional.of("the era ends (" + to + ") before it starts (" + from + ")");
        }
        return Optional.empty();
    }
}
