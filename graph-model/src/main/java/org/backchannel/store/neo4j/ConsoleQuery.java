package org.backchannel.store.neo4j;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.backchannel.store.QueryAnswer;
import org.backchannel.store.QueryRefusedException;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.QueryType;

/**
 * A statement from the query console, run only if Neo4j's planner calls it read-only. The read
 * session and read transaction it then runs in are a second guard, not the first: the driver
 * documents read mode as a routing hint.
 */
final class ConsoleQuery {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** EXPLAIN and PROFILE are ours to add; PROFILE would run the statement before we know what it does. */
    private static final Pattern PLAN_PREFIX = Pattern.compile("^\\s*(EXPLAIN|PROFILE)\\b", Pattern.CASE_INSENSITIVE);

    private ConsoleQuery() {
    }

    /** @param timeout the one in {@code config}, for the message when it runs out */
    static QueryAnswer run(Session session, TransactionConfig config, String cypher, int rowLimit, Duration timeout) {
        if (rowLimit < 1) {
            throw new IllegalArgumentException("rowLimit must be positive, was " + rowLimit);
        }
        if (cypher == null || cypher.isBlank()) {
            throw new QueryRefusedException("Type a Cypher statement to run.");
        }
        if (PLAN_PREFIX.matcher(cypher).find()) {
            throw new QueryRefusedException("Leave out EXPLAIN and PROFILE: the console checks the plan itself.");
        }
        try {
            QueryType type = session.executeRead(tx -> tx.run(new Query("EXPLAIN " + cypher)).consume(), config).queryType();
            if (type != QueryType.READ_ONLY) {
                throw new QueryRefusedException("This console only reads, and Neo4j says this statement would "
                        + describe(type) + ". Nothing was run.");
            }
            long started = System.nanoTime();
            return session.executeRead(tx -> collect(tx.run(new Query(cypher)), rowLimit, started), config);
        } catch (ClientException e) {
            throw refused(e, timeout);
        }
    }

    private static QueryAnswer collect(Result result, int rowLimit, long started) {
        List<String> columns = result.keys();
        List<List<String>> rows = new ArrayList<>();
        boolean truncated = false;
        while (result.hasNext()) {
            if (rows.size() == rowLimit) {
                truncated = true;
                break;
            }
            Record record = result.next();
            rows.add(record.values().stream().map(ValueText::of).toList());
        }
        return new QueryAnswer(columns, rows, truncated, Duration.ofNanos(System.nanoTime() - started));
    }

    private static String describe(QueryType type) {
        return switch (type) {
            case READ_WRITE -> "read and write data";
            case WRITE_ONLY -> "write data";
            case SCHEMA_WRITE -> "change the schema (indexes or constraints)";
            case READ_ONLY -> "only read";
        };
    }

    private static QueryRefusedException refused(ClientException e, Duration timeout) {
        String code = e.code() == null ? "" : e.code();
        if (code.contains("TransactionTimedOut") || code.toLowerCase(Locale.ROOT).contains("timedout")) {
            return new QueryRefusedException("The query ran longer than " + timeout.toSeconds()
                    + " s and was stopped. Narrow it, for example with LIMIT or a more selective MATCH.", e);
        }
        if (code.contains("AccessMode") || code.contains("Forbidden")) {
            return new QueryRefusedException("Neo4j refused to run this statement in a read transaction: " + e.getMessage(), e);
        }
        return new QueryRefusedException("Neo4j could not run the query: " + e.getMessage(), e);
    }
}
