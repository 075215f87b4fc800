package org.backchannel.app.cli;

import java.util.Optional;
import org.backchannel.model.Eras;
import org.backchannel.model.NamedEra;
import org.backchannel.model.YearRange;

/**
 * What {@code --era} was given: years ("1969-1977", "1970") or the name of an era ("detente",
 * "nixon-years"). A name is looked up only once the eras are known: the session's, when
 * {@code --session} names one, else the built-in ones.
 */
record EraArgument(String text, YearRange years) {

    static EraArgument ofYears(String text, YearRange years) {
        return new EraArgument(text, years);
    }

    static EraArgument ofName(String name) {
        return new EraArgument(name.strip(), null);
    }

    /** The years meant; empty, with {@link #unknown} to say so, when no era of the list has this name. */
    Optional<YearRange> in(Eras eras) {
        return years != null ? Optional.of(years) : eras.named(text).map(NamedEra::years);
    }

    /** Why a name matched none of the eras, listing the ones there are. */
    String unknown(Eras eras, boolean fromSession) {
        String known = eras.isEmpty() ? "there are none" : "known: " + String.join(", ", eras.all().stream()
                .map(e -> Eras.key(e.name()) + " (" + e.describe() + ")").toList());
        return "Bad option --era: no era is called \"" + text + "\" in " + (fromSession ? "the session's eras" : "the built-in eras")
                + "; " + known + ". Give one of these, or years such as 1969-1977"
                + (fromSession ? "." : ", or --session FILE for a session's own eras.");
    }
}
