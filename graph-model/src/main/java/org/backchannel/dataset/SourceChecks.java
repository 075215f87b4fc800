package org.backchannel.dataset;

import static org.backchannel.dataset.FieldChecks.MAX_ID;
import static org.backchannel.dataset.FieldChecks.MAX_NAME;
import static org.backchannel.dataset.FieldChecks.MAX_TEXT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backchannel.dataset.DatasetJson.CitationJson;
import org.backchannel.dataset.DatasetJson.SourceJson;
import org.backchannel.json.ProblemLog;
import org.backchannel.model.Citation;
import org.backchannel.model.Source;
import org.backchannel.model.SourceKind;

/**
 * A dataset's sources, the plain texts beside them, and the citations of nodes and links that quote
 * them: a citation must name a known source, and its quote must occur in that source's text.
 */
final class SourceChecks {

    private final ProblemLog log;
    private final FieldChecks check;
    private final SourceTexts texts;
    private final Map<String, String> places;
    private final Map<String, String> sourceTexts = new HashMap<>();
    private final Map<String, SourceKind> sourceKinds = new HashMap<>();

    /** @param places where each element is written, filled in as sources are checked */
    SourceChecks(ProblemLog log, FieldChecks check, SourceTexts texts, Map<String, String> places) {
        this.log = log;
        this.check = check;
        this.texts = texts;
        this.places = places;
    }

    List<Source> sources(List<SourceJson> sources) {
        List<Source> checked = new ArrayList<>();
        if (check.requiredArray(sources, "/sources")) {
            for (int i = 0; i < sources.size(); i++) {
                String at = "/sources/" + i;
                SourceJson s = sources.get(i);
                if (s == null) {
                    log.add(at, "a source is null", "remove it or give it an id, kind and title");
                    continue;
                }
                String id = check.slug(s.id(), at + "/id");
                SourceKind kind = check.vocabulary(s.kind(), at + "/kind", true, SourceKind::fromCode, SourceKind.codes());
                String title = check.requiredText(s.title(), at + "/title", MAX_TEXT);
                String author = check.optionalText(s.author(), at + "/author", MAX_NAME);
                String publisher = check.optionalText(s.publisher(), at + "/publisher", MAX_TEXT);
                var date = s.date() == null ? null : check.date(s.date(), at + "/date");
                String url = check.optionalText(s.url(), at + "/url", MAX_TEXT);
                String textPath = check.optionalText(s.text(), at + "/text", MAX_TEXT);
                String note = check.optionalText(s.note(), at + "/note", MAX_TEXT);
                if (id != null && sourceKinds.containsKey(id)) {
                    log.add(at + "/id", "source id \"" + id + "\" is used twice", "give each source its own id");
                } else if (id != null && kind != null && title != null) {
                    sourceKinds.put(id, kind);
                    places.put("source:" + id, log.place(at));
                    if (textPath != null) {
                        loadText(id, textPath, at + "/text");
                    }
                    checked.add(new Source(id, kind, title, author, publisher, date, url, note));
                }
            }
        }
        return checked;
    }

    private void loadText(String sourceId, String path, String pointer) {
        try {
            var bytes = texts.find(path);
            if (bytes.isEmpty()) {
                log.add(pointer, "the source text \"" + FieldChecks.printable(path) + "\" was not found next to the dataset",
                        "put the plain-text copy of the source there, or remove the text field");
                return;
            }
            sourceTexts.put(sourceId, Utf8.decode(bytes.get()));
        } catch (java.nio.charset.CharacterCodingException e) {
            log.add(pointer, "the source text \"" + FieldChecks.printable(path) + "\" is not valid UTF-8", "save it as UTF-8");
        } catch (java.io.IOException e) {
            log.add(pointer, "the source text \"" + FieldChecks.printable(path) + "\" could not be read: " + e.getMessage(), "check the file");
        }
    }

    /** The citations of one node or link; at least one is required. */
    List<Citation> citations(List<CitationJson> citations, String pointer) {
        List<Citation> checked = new ArrayList<>();
        if (citations == null || citations.isEmpty()) {
            log.add(pointer, "no citation", "cite the source and quote the words that support this fact");
            return checked;
        }
        for (int i = 0; i < citations.size(); i++) {
            String at = pointer + "/" + i;
            CitationJson c = citations.get(i);
            if (c == null) {
                log.add(at, "a citation is null", "give it a source and a quote");
                continue;
            }
            String source = check.requiredText(c.source(), at + "/source", MAX_ID);
            String quote = check.requiredText(c.quote(), at + "/quote", MAX_TEXT);
            String note = check.optionalText(c.note(), at + "/note", MAX_TEXT);
            if (source != null && !sourceKinds.containsKey(source)) {
                log.add(at + "/source", "no source has the id \"" + FieldChecks.printable(source) + "\"", "cite a source defined in /sources");
            } else if (source != null && quote != null) {
                verifyQuote(source, quote, at + "/quote");
                checked.add(new Citation(source, quote, note));
            }
        }
        return checked;
    }

    private void verifyQuote(String source, String quote, String pointer) {
        String text = sourceTexts.get(source);
        if (text != null && !text.contains(quote)) {
            log.add(pointer, "the quote does not occur in the text of source \"" + source + "\": \"" + FieldChecks.printable(quote) + "\"",
                    "copy the words exactly, including curly quotes and apostrophes");
        }
    }
}
