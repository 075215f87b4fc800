package org.backchannel.dataset;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.backchannel.dataset.DatasetJson.CitationJson;
import org.backchannel.dataset.DatasetJson.NodeJson;
import org.backchannel.json.ProblemLog;

/**
 * The parties, channels and outcomes an exchange sheet names, one node per name, with the cells that
 * name them first. A node is cited by the first {@value #CITED_ROWS} rows that name it; the exchanges
 * themselves carry every row's citation.
 */
final class SheetNodes {

    static final int CITED_ROWS = 3;

    /** A node being gathered from rows: first named in {@code row}, in the column of {@code role}. */
    static final class Draft {
        final String id;
        final String kind;
        final String name;
        final String category;
        final String channelType;
        final String secrecy;
        final int row;
        final String role;
        final List<CitationJson> citations = new ArrayList<>();
        /** The row each citation comes from. */
        final List<Integer> citationRows = new ArrayList<>();

        Draft(String id, String kind, String name, String category, String channelType, String secrecy, int row, String role) {
            this.id = id;
            this.row = row;
            this.role = role;
            this.kind = kind;
            this.name = name;
            this.category = category;
            this.channelType = channelType;
            this.secrecy = secrecy;
        }

        NodeJson json() {
            return new NodeJson(id, kind, name, null, category, channelType, secrecy, null, null, null, null, null,
                    List.copyOf(citations));
        }
    }

    private final Map<String, Draft> byId = new LinkedHashMap<>();
    private final ProblemLog log;

    SheetNodes(ProblemLog log) {
        this.log = log;
    }

    /**
     * The node of this name, made on its first mention. A later mention that gives the same node
     * another category, channel type or secrecy is a problem at that row.
     *
     * @param rowPointer {@code /rows/R/ROLE}, for messages about this mention
     */
    Draft mention(Draft wanted, String rowPointer, CitationJson citation) {
        Draft known = byId.get(wanted.id);
        if (known == null) {
            byId.put(wanted.id, wanted);
            known = wanted;
        } else {
            differs(known, "name", known.name, wanted.name, rowPointer);
            differs(known, "kind", known.kind, wanted.kind, rowPointer);
            differs(known, "channelType", known.channelType, wanted.channelType, rowPointer);
            differs(known, "secrecy", known.secrecy, wanted.secrecy, rowPointer);
        }
        if (citation != null && known.citations.size() < CITED_ROWS && !known.citations.contains(citation)) {
            known.citations.add(citation);
            known.citationRows.add(wanted.row);
        }
        return known;
    }

    List<Draft> all() {
        return List.copyOf(byId.values());
    }

    private void differs(Draft known, String field, String first, String now, String rowPointer) {
        if (!Objects.equals(first, now)) {
            log.add(rowPointer + "/" + field, "\"" + FieldChecks.printable(String.valueOf(now)) + "\" here, but "
                            + "\"" + FieldChecks.printable(String.valueOf(first)) + "\" in row " + known.row + " for the same "
                            + (field.equals("name") ? "id \"" + known.id + "\"" : known.kind + " \"" + known.name + "\""),
                    "write it the same way in every row (a name makes the node's id, ignoring case and accents)");
        }
    }

    /**
     * A node id from a name: letters and digits without accents, joined by hyphens; a name in
     * another script gets a stable id from its bytes instead.
     */
    // Compiled once: an id is made for three names on every row of a sheet.
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    static String idOf(String prefix, String name) {
        String plain = EDGE_HYPHENS.matcher(NOT_LETTER_OR_DIGIT.matcher(MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD))
                .replaceAll("").toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        if (plain.isEmpty()) {
            // Two names with the same hash would meet as one id with two names, which is refused, never merged.
            plain = prefix + "-" + Integer.toHexString(name.hashCode());
        }
        return plain.length() > 100 ? plain.substring(0, 100).replaceAll("-+$", "") : plain;
    }
}
