package org.backchannel.app.details;

import static org.assertj.core.api.Assertions.assertThat;

import org.backchannel.model.PartialDate;
import org.backchannel.model.Source;
import org.backchannel.model.SourceKind;
import org.junit.jupiter.api.Test;

class SourceLineTest {

    @Test
    void aDocumentReadsAuthorQuotedTitlePublisherDateAndLink() {
        Source source = new Source("memo", SourceKind.DOCUMENT, "Memo to the President", "H. Kissinger", "White House",
                PartialDate.parse("1970-09").orElseThrow(), "https://example.org/memo", null);

        assertThat(SourceLine.of(source))
                .isEqualTo("H. Kissinger, “Memo to the President”, White House, 1970-09, https://example.org/memo");
    }

    @Test
    void missingPartsAreLeftOutWithoutStrayCommas() {
        Source source = new Source("anon", SourceKind.ARTICLE, "Untitled note", null, null, null, null, null);

        assertThat(SourceLine.of(source)).isEqualTo("“Untitled note”");
    }

    @Test
    void commonKnowledgeIsShownByItsTitleAlone() {
        Source source = new Source("ck", SourceKind.COMMON_KNOWLEDGE, "Common knowledge", "ignored", "ignored", null, null, null);

        assertThat(SourceLine.of(source)).isEqualTo("Common knowledge");
    }
}
