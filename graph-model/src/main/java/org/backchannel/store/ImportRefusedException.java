package org.backchannel.store;

import java.util.List;

/**
 * A valid dataset the store will not take as it stands: it contradicts what another dataset says,
 * or names a dataset the store does not hold. Nothing has been written when it is thrown.
 */
public final class ImportRefusedException extends RuntimeException {

    private final transient List<String> problems;

    public ImportRefusedException(String summary, List<String> problems) {
        super(summary + System.lineSeparator() + String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per problem, each naming the places involved and what to do. */
    public List<String> problems() {
        return problems;
    }
}
