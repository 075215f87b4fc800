package org.backchannel.app.details;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.model.Source;
import org.backchannel.model.SourceKind;

/** A source in one line: author, "title", publisher, date, link. */
final class SourceLine {

    private SourceLine() {
    }

    static String of(Source source) {
        if (source.kind() == SourceKind.COMMON_KNOWLEDGE) {
            return source.title();
        }
        List<String> parts = new ArrayList<>();
        if (source.author() != null) {
            parts.add(source.author());
        }
        parts.add("“" + source.title() + "”");
        if (source.publisher() != null) {
            parts.add(source.publisher());
        }
        if (source.date() != null) {
            parts.add(source.date().toString());
        }
        if (source.url() != null) {
            parts.add(source.url());
        }
        return String.join(", ", parts);
    }
}
