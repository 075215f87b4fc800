package org.backchannel.testing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Someone else's communications graph, written as its owner would: people, embassies,
 * {@code SENT_CABLE} relationships dated in epoch milliseconds, and meetings recorded as
 * {@code Encounter} nodes with day-first date strings (one of them, 31/02/2016, not a date).
 * Shared by the store's and the command line's perspective tests.
 */
public final class ForeignCommunications {

    public record Cable(String from, String to, LocalDate sent) {
    }

    public record Encounter(String title, String date, List<String> attended) {
    }

    public static final List<String> PEOPLE = List.of("Sergey Kislyak", "Sergey Lávrov", "Jared Kushner", "Michael Flynn", "Sergey Gorkov", "Carter Page");
    public static final List<String> EMBASSIES = List.of("Embassy of Russia in Washington", "Embassy of the United States in Moscow");
    public static final List<Cable> CABLES = List.of(
            new Cable("Sergey Kislyak", "Embassy of Russia in Washington", LocalDate.of(2016, 12, 29)),
            new Cable("Sergey Kislyak", "Sergey Lávrov", LocalDate.of(2016, 12, 30)),
            new Cable("Michael Flynn", "Sergey Kislyak", LocalDate.of(2016, 12, 29)),
            new Cable("Sergey Lávrov", "Embassy of the United States in Moscow", LocalDate.of(2017, 4, 12)));
    public static final List<Encounter> ENCOUNTERS = List.of(
            new Encounter("Trump Tower", "01/12/2016", List.of("Sergey Kislyak", "Jared Kushner", "Michael Flynn")),
            new Encounter("Gorkov meeting", "13/12/2016", List.of("Jared Kushner", "Sergey Gorkov")),
            new Encounter("Mayflower", "31/02/2016", List.of("Sergey Kislyak", "Carter Page")));

    private ForeignCommunications() {
    }

    /** Writes the fixture through the embedded API, not through Backchannel. */
    public static void seed(GuestNeo4j server) {
        server.run("UNWIND $names AS name CREATE (:Person {name: name})", Map.of("names", PEOPLE));
        server.run("UNWIND $names AS name CREATE (:Embassy {name: name})", Map.of("names", EMBASSIES));
        server.run("MATCH (p:Person {name: 'Sergey Kislyak'}), (e:Embassy {name: $e}) CREATE (p)-[:WORKS_AT]->(e)", Map.of("e", EMBASSIES.get(0)));
        for (Cable cable : CABLES) {
            server.run("MATCH (a {name: $from}), (b {name: $to}) CREATE (a)-[:SENT_CABLE {sentAt: $at}]->(b)",
                    Map.of("from", cable.from(), "to", cable.to(), "at", cable.sent().atTime(9, 0).toInstant(ZoneOffset.UTC).toEpochMilli()));
        }
        for (Encounter encounter : ENCOUNTERS) {
            server.run("CREATE (e:Encounter {title: $title, date: $date}) WITH e MATCH (p:Person) WHERE p.name IN $attended CREATE (p)-[:ATTENDED]->(e)",
                    Map.of("title", encounter.title(), "date", encounter.date(), "attended", encounter.attended()));
        }
        server.run("MATCH (e:Encounter {title: 'Trump Tower'}) CREATE (e)-[:DISCUSSED]->(:Topic {name: 'Sanctions'})");
    }
}
