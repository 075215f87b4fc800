package org.backchannel.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.backchannel.model.Dataset;

/**
 * A first mapping for an exchange sheet, guessed from its header row, for the user to check and
 * edit: which column looks like which field, and placeholders for what a header cannot tell (the
 * title of the document quoted, the channel type when no column gives it). A sheet without a quote
 * column gets no source at all: whether the sheet itself is the evidence is the analyst's to say.
 */
public final class MappingProposal {

    /** Header words for each field, most telling first; "source" alone is the party who spoke, as graph exports use it. */
    private static final Map<String, List<String>> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("quote", List.of("quote", "quotation", "excerpt", "evidence", "citation"));
        WORDS.put("source", List.of("source document", "document", "reference", "cited in", "according to"));
        WORDS.put("channelType", List.of("channel type", "type of channel", "channeltype"));
        WORDS.put("outcomeCategory", List.of("outcome category", "outcome type"));
        WORDS.put("from", List.of("from", "source", "who", "sender", "initiator", "speaker", "party a"));
        WORDS.put("to", List.of("to", "target", "to whom", "recipient", "receiver", "addressee", "counterpart", "with", "party b"));
        WORDS.put("start", List.of("start", "from date", "begin"));
        WORDS.put("end", List.of("end", "to date", "until"));
        WORDS.put("date", List.of("date", "when", "year"));
        WORDS.put("channel", List.of("channel", "via", "through", "medium"));
        WORDS.put("secrecy", List.of("secrecy", "secret", "classification"));
        WORDS.put("outcome", List.of("outcome", "result"));
    }

    private MappingProposal() {
    }

    /**
     * The proposed mapping as JSON text, the headers it did not place, and whether the sheet has no
     * quote column, so that its evidence is still to be chosen (the mapping is refused until it is).
     */
    public record Proposal(String json, List<String> unmapped, boolean evidenceToChoose) {
    }

    public static Proposal propose(Path sheet) throws DatasetException {
        return propose(Sheet.read(sheet));
    }

    /** A proposal for a sheet already read. */
    public static Proposal propose(Sheet sheet) {
        char delimiter = sheet.delimiter();
        List<String> header = sheet.header();
        Map<String, String> columns = new LinkedHashMap<>();
        List<String> unmapped = new ArrayList<>();
        for (String h : header) {
            String field = fieldOf(h, columns);
            if (field == null) {
                unmapped.add(h);
            } else {
                columns.put(field, h.strip());
            }
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode().put("format", SheetMapping.FORMAT).put("sheet", SheetMapping.EXCHANGES);
        String base = sheet.file().getFileName().toString().replaceFirst("\\.[^.]*$", "");
        root.putObject("dataset").put("id", Dataset.slugOf(base)).put("title", base);
        root.put("delimiter", String.valueOf(delimiter));
        boolean quoted = columns.containsKey("quote");
        // Without a quote column the evidence is the analyst's choice (the sheet itself, or a quote column and its
        // document): the proposal names no source and says nothing of rowsAreEvidence, so that it is refused until chosen.
        var sources = root.putArray("sources");
        if (quoted) {
            sources.addObject().put("id", "source-1").put("kind", "article").put("title", "the document the quotes come from");
        }
        ObjectNode cols = root.putObject("columns");
        WORDS.keySet().stream().filter(columns::containsKey).forEach(f -> cols.put(f, columns.get(f)));
        ObjectNode defaults = root.putObject("defaults").put("partyKind", "actor").put("partyCategory", "person");
        if (!columns.containsKey("channelType")) {
            defaults.put("channelType", "back-channel");
        }
        if (!columns.containsKey("secrecy")) {
            defaults.put("secrecy", "secret");
        }
        if (columns.containsKey("outcome") && !columns.containsKey("outcomeCategory")) {
            defaults.put("outcomeCategory", "agreement");
        }
        if (quoted) {
            defaults.put("source", "source-1");
        }
        try {
            return new Proposal(json.writerWithDefaultPrettyPrinter().writeValueAsString(root) + System.lineSeparator(), unmapped,
                    !quoted);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always writes", e);
        }
    }

    private static String fieldOf(String header, Map<String, String> taken) {
        String h = header.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
        for (boolean exact : new boolean[] {true, false}) {
            for (Map.Entry<String, List<String>> field : WORDS.entrySet()) {
                if (taken.containsKey(field.getKey())) {
                    continue;
                }
                for (String word : field.getValue()) {
                    if (exact ? h.equals(word) : word.length() >= 5 && h.contains(word)) {
                        return field.getKey();
                    }
                }
            }
        }
        return null;
    }
}
