package org.backchannel.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backchannel.model.Eras;
import org.backchannel.model.NamedEra;
import org.backchannel.model.PartialDate;
import org.backchannel.session.SessionJson.EraJson;

/**
 * The optional {@code eras} field of a session: the analyst's named eras, checked as strictly as the rest
 * (a name, unique, years in range and in order), each problem named with its place. A file without the
 * field has the built-in eras; the writer leaves it out while they are the built-in ones, so that such a
 * session stays readable by a Backchannel that knows no eras field.
 */
final class SessionEras {

    private final SessionChecks check;

    SessionEras(SessionChecks check) {
        this.check = check;
    }

    static List<EraJson> toJson(Eras eras) {
        if (eras.equals(Eras.DEFAULTS)) {
            return null;
        }
        return eras.all().stream().map(e -> new EraJson(e.name(), e.years().from(), e.years().to())).toList();
    }

    /** The eras of the file, or the defaults when it has none; problems go to the log. */
    Eras read(List<EraJson> json) {
        if (json == null) {
            return Eras.DEFAULTS;
        }
        Eras eras = new Eras(List.of());
        for (int i = 0; i < json.size(); i++) {
            String at = "/eras/" + i;
            EraJson era = json.get(i);
            if (era == null) {
                check.add(at, "an era is null", "remove it or give it a name, from and to");
                continue;
            }
            String name = check.text(era.name(), at + "/name", true, Eras.MAX_NAME, false);
            Optional<String> nameProblem = name == null ? Optional.empty() : eras.nameProblem(name, null);
            nameProblem.ifPresent(p -> check.add(at + "/name", "the era name \"" + name + "\" " + p,
                    "give each era a name of its own, with a letter or digit"));
            Integer from = year(era.from(), at + "/from");
            Integer to = year(era.to(), at + "/to");
            if (from != null && to != null && to < from) {
                check.add(at + "/to", "the era ends (" + to + ") before it starts (" + from + ")", "swap them");
            } else if (name != null && nameProblem.isEmpty() && from != null && to != null) {
                eras = eras.with(new NamedEra(name, from, to));
            }
        }
        return eras;
    }

    private Integer year(Integer value, String pointer) {
        if (value == null) {
            check.add(pointer, "required year " + SessionChecks.fieldName(pointer) + " is missing or null",
                    "give a year; " + PartialDate.MAX_YEAR + " for an era still going on");
            return null;
        }
        if (value < PartialDate.MIN_YEAR || value > PartialDate.MAX_YEAR) {
            check.add(pointer, "year " + value + " is out of range", "years run from " + PartialDate.MIN_YEAR + " to " + PartialDate.MAX_YEAR);
            return null;
        }
        return value;
    }
}
