package org.backchannel.synthetic;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Names that read like a diplomatic archive, drawn from short word lists so that full-text search finds many
 * matches for a common word and few for a rare combination, as in real stores.
 */
final class SyntheticNames {

    private static final List<String> GIVEN = List.of("Anatoly", "Henry", "Zhou", "Olof", "Madeleine", "Yuri",
            "Golda", "Willy", "Egon", "Indira", "Kofi", "Javier", "Strobe", "Sergei", "Condoleezza", "Jaakko",
            "Urho", "Averell", "Dag", "Boutros", "Nelson", "Mikhail", "Helmut", "Margaret", "Yitzhak");
    private static final List<String> FAMILY = List.of("Dobrynin", "Kissinger", "Brandt", "Bahr", "Palme",
            "Andropov", "Meir", "Gandhi", "Annan", "Perez", "Talbott", "Lavrov", "Rice", "Iloniemi", "Kekkonen",
            "Harriman", "Hammarskjold", "Ghali", "Mandela", "Gorbachev", "Kohl", "Thatcher", "Rabin", "Albright",
            "Gromyko", "Vance", "Rusk", "Bundy", "Sorensen", "Salinger");
    private static final List<String> PLACES = List.of("Moscow", "Washington", "Beijing", "Bonn", "Helsinki",
            "Vienna", "Geneva", "Oslo", "Stockholm", "Cairo", "Jerusalem", "Havana", "Hanoi", "Paris", "London",
            "Delhi", "Tokyo", "Warsaw", "Prague", "Budapest");
    private static final List<String> BODIES = List.of("Ministry of Foreign Affairs", "Embassy", "Institute",
            "Committee", "Council", "Agency", "Chancellery", "Mission", "Foundation", "Academy");
    private static final List<String> CHANNEL_WORDS = List.of("line", "track", "channel", "link", "contact");
    private static final List<String> EVENT_WORDS = List.of("talks", "summit", "meeting", "visit", "crisis",
            "conference", "exchange", "round");
    private static final List<String> OUTCOME_WORDS = List.of("accord", "treaty", "stalemate", "thaw", "freeze",
            "protocol", "declaration");

    private SyntheticNames() {
    }

    static String actor(SplittableRandom random, int index) {
        return pick(random, GIVEN) + " " + pick(random, FAMILY) + " " + index;
    }

    static String organization(SplittableRandom random, int index) {
        return pick(random, PLACES) + " " + pick(random, BODIES) + " " + index;
    }

    static String channel(SplittableRandom random, int index) {
        return pick(random, FAMILY) + "–" + pick(random, FAMILY) + " " + pick(random, CHANNEL_WORDS) + " " + index;
    }

    static String event(SplittableRandom random, int index) {
        return pick(random, PLACES) + " " + pick(random, EVENT_WORDS) + " " + index;
    }

    static String outcome(SplittableRandom random, int index) {
        return pick(random, PLACES) + " " + pick(random, OUTCOME_WORDS) + " " + index;
    }

    private static String pick(SplittableRandom random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }
}
