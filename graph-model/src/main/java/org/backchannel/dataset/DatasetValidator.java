package org.backchannel.dataset;

import static org.backchannel.dataset.FieldChecks.MAX_NAME;
import static org.backchannel.dataset.FieldChecks.MAX_TEXT;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backchannel.json.ProblemLog;
import org.backchannel.model.Dataset;
import org.backchannel.model.DatasetOrigin;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.Source;

/**
 * Turns a parsed file into a {@link Dataset}, checking everything a schema cannot: unique ids,
 * references, vocabularies per kind, date order and that every quote occurs in its source's text.
 * Sources come first, then nodes, then links, because each refers to what comes before it
 * ({@link SourceChecks}, {@link NodeChecks}, {@link LinkChecks}); every problem is logged before one refuses the file.
 */
final class DatasetValidator {

    private final ProblemLog log;
    private final FieldChecks check;
    /** Where each element is written ("node:ID" → file:line:column or row and column), for the store's messages. */
    private final Map<String, String> places = new HashMap<>();
    private final SourceChecks sources;
    private final NodeChecks nodes;
    private final LinkChecks links;

    DatasetValidator(ProblemLog log, SourceTexts texts) {
        this.log = log;
        this.check = new FieldChecks(log);
        UniqueIds ids = new UniqueIds(log, check);
        this.sources = new SourceChecks(log, check, texts, places);
        this.nodes = new NodeChecks(log, check, ids, sources, places);
        this.links = new LinkChecks(log, check, ids, nodes, sources, places);
    }

    /**
     * @param identity the dataset's id and what it revises, already checked against its format
     * @param file     the file as the user named it, for the places of its elements
     * @param digest   a digest of the file's bytes
     */
    Dataset validate(DatasetJson json, DatasetIdentity identity, String file, String digest) throws DatasetException {
        String title = check.requiredText(json.title(), "/title", MAX_NAME);
        String description = check.optionalText(json.description(), "/description", MAX_TEXT);
        List<Source> checkedSources = sources.sources(json.sources());
        List<GraphNode> checkedNodes = nodes.nodes(json.nodes());
        List<GraphLink> checkedLinks = links.links(json.links());
        log.throwIfAny(DatasetException::of);
        return new Dataset(json.format(), identity.id(), title, description, identity.revises(), checkedSources, checkedNodes,
                checkedLinks, new DatasetOrigin(file, digest, places));
    }
}
