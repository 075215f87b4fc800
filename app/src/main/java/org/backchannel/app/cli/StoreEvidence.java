package org.backchannel.app.cli;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.backchannel.model.Citation;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.store.ElementEvidence;
import org.backchannel.store.GraphStore;

/**
 * The quotes behind the elements of an answer, asked of the store once per element
 * ({@link ElementEvidence}), and printed under it.
 */
final class StoreEvidence {

    private final ElementEvidence evidence;

    StoreEvidence(GraphStore store) {
        this.evidence = new ElementEvidence(store);
    }

    List<Citation> of(GraphLink link) {
        return evidence.of(link);
    }

    List<Citation> of(GraphNode node) {
        return evidence.of(node);
    }

    /** Prints each quote on its own line under an element, with the source it comes from. */
    void print(List<Citation> citations, String indent, PrintWriter out) {
        print(citations, indent, out, new HashSet<>());
    }

    /**
     * As {@link #print(List, String, PrintWriter)}, but a quote already in {@code printed} is only
     * pointed at: one sentence of the article often supports several links of the same answer.
     */
    void print(List<Citation> citations, String indent, PrintWriter out, Set<String> printed) {
        for (Citation citation : citations) {
            if (printed.add(citation.sourceId() + "\u0000" + citation.quote())) {
                out.printf("%s“%s” [%s]%n", indent, citation.quote(), citation.sourceId());
            } else {
                out.printf("%s(the same words as above: “%s…”)%n", indent, opening(citation.quote()));
            }
        }
    }

    private static String opening(String quote) {
        return quote.length() <= 40 ? quote : quote.substring(0, 40);
    }
}
