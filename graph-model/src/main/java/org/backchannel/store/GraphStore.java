package org.backchannel.store;

import java.util.List;
import java.util.Optional;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.Source;

/**
 * Everything the app asks of a store. Every query takes a limit from the caller, so the client
 * never pulls a whole large store; results say when they were capped.
 */
public interface GraphStore extends AutoCloseable {

    /**
     * Checks that the store answers, for probing after it went away.
     *
     * @throws StoreUnreachableException when it still does not
     */
    void ping();

    /** Counts of what the store holds, by kind and link type. */
    StoreSummary summary();

    /**
     * Writes a validated dataset as one transaction: all of it, or nothing. Only what this dataset
     * contributed before is replaced; other datasets keep theirs.
     *
     * @throws ImportRefusedException when a fact contradicts another dataset that this one does not revise
     */
    ImportResult importDataset(Dataset dataset);

    /**
     * Takes one dataset out, as one transaction: what only it supports goes, and its citations leave
     * what other datasets support too.
     *
     * @throws ImportRefusedException when the store holds no such dataset
     */
    ImportResult removeDataset(String datasetId);

    /** The datasets the store holds, by id. */
    List<DatasetInfo> datasets();

    /**
     * The part of the graph a filter lets through, at most {@code limit} nodes and {@code 2 × limit}
     * links, as outlines: Backchannel's nodes and links come without description and citations (a
     * link keeps its source ids), which {@link #nodeDetails} and {@link #linkDetails} give.
     */
    Subgraph overview(GraphFilter filter, int limit);

    /**
     * Backchannel's nodes with these ids (at most {@code limit}, in the order given) and the links
     * among them, as outlines like the overview's: what an import brings into the scene. Ids the
     * store does not hold are left out.
     */
    Subgraph nodesById(List<String> nodeIds, int limit);

    /** A node whole, with its description and citations, or someone else's with all its properties; empty when there is none. */
    Optional<GraphNode> nodeDetails(String id);

    /** One of Backchannel's links whole, with its description and citations; empty when there is none. */
    Optional<GraphLink> linkDetails(String id, LinkType type);

    /** A node, its links and the nodes at their other ends, at most {@code limit} of them. */
    Subgraph neighbours(String nodeId, int limit);

    /**
     * The shortest path, or all shortest paths, between two nodes along the links messages travel on
     * ({@link org.backchannel.model.LinkType#COMMUNICATION}); empty when none lies within the hop cap.
     */
    List<GraphPath> shortestPaths(PathQuery query);

    /** Who spoke to whom: the exchanges of a set of actors, oldest first. */
    List<Exchange> exchanges(ExchangeQuery query);

    /** Nodes whose name or an alias matches, case- and accent-insensitive, best first. */
    List<SearchHit> search(String text, int limit);

    /**
     * Runs a statement the user typed, only if it reads: Neo4j's own plan ({@code EXPLAIN}) must call it
     * read-only, and it then runs in a read transaction with a timeout.
     *
     * @throws QueryRefusedException when it would write, is not valid Cypher or runs out of time
     */
    QueryAnswer readOnlyQuery(String cypher, int rowLimit);

    /** The sources citations refer to, so that a quote can be shown with its title, author and date. */
    List<Source> sources();

    /** A digest of every node, relationship and property the store holds, to tell whether anything changed. */
    String contentDigest();

    @Override
    void close();
}
