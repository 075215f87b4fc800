package org.backchannel.app.export;

import java.util.List;
import org.backchannel.store.DatasetInfo;
import org.backchannel.store.GraphStore;

/**
 * Which data a figure was drawn from, for its caption: the datasets the store holds and the start of the
 * digest of its whole content, so that two figures made from different data can be told apart and a
 * figure can be traced back to the store it came from.
 *
 * @param datasets the datasets' ids with their titles, e.g. {@code back-channel-to-moscow (Back Channel to Moscow)}
 * @param contentDigest the store's content digest (empty when unknown)
 */
public record Provenance(List<String> datasets, String contentDigest) {

    /** How much of the SHA-256 digest a caption shows: 12 hex digits, 48 bits, as a short commit id does. */
    static final int SHORT_DIGEST = 12;

    public static final Provenance UNKNOWN = new Provenance(List.of(), "");

    public Provenance {
        datasets = List.copyOf(datasets);
    }

    /** Asks the store; call off the UI thread. */
    public static Provenance of(GraphStore store) {
        List<String> datasets = store.datasets().stream().map(Provenance::describe).toList();
        return new Provenance(datasets, store.contentDigest());
    }

    /** The caption's line, e.g. "Data: back-channel-to-moscow (…) · store content sha256 5939bb57a745"; empty when unknown. */
    String captionLine() {
        if (datasets.isEmpty() && contentDigest.isEmpty()) {
            return "";
        }
        String data = datasets.isEmpty() ? "Data: no dataset recorded" : "Data: " + String.join("; ", datasets);
        String digest = contentDigest.isEmpty() ? ""
                : " · store content sha256 " + contentDigest.substring(0, Math.min(SHORT_DIGEST, contentDigest.length()));
        return data + digest;
    }

    private static String describe(DatasetInfo dataset) {
        return dataset.title().isBlank() || dataset.title().equals(dataset.id()) ? dataset.id() : dataset.id() + " (" + dataset.title() + ")";
    }
}
