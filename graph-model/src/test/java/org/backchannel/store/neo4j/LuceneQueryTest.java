package org.backchannel.store.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LuceneQueryTest {

    @Test
    void everyWordBecomesARequiredPrefix() {
        assertThat(LuceneQuery.prefixOfEachWord("Henry Kiss")).isEqualTo("henry* AND kiss*");
    }

    @Test
    void anExactNameIsOnePhraseOfItsFoldedWords() {
        assertThat(LuceneQuery.phrase("  Åsa   Ängström-Berg ")).isEqualTo("\"asa angstrom berg\"");
        assertThat(LuceneQuery.words("ÅSA ängström, Berg")).containsExactly("asa", "angstrom", "berg");
        assertThat(LuceneQuery.phrase(" – ")).isEmpty();
    }

    @Test
    void aSingleWordIsASinglePrefix() {
        assertThat(LuceneQuery.prefixOfEachWord("Dobrynin")).isEqualTo("dobrynin*");
    }

    @Test
    void surroundingAndRepeatedWhitespaceIsIgnored() {
        assertThat(LuceneQuery.prefixOfEachWord("  Henry \t  Kiss\n")).isEqualTo("henry* AND kiss*");
    }

    @Test
    void wordsAreLowerCased() {
        assertThat(LuceneQuery.prefixOfEachWord("KISSINGER")).isEqualTo("kissinger*");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("accentedWords")
    void accentsAndLatinLigaturesAreFoldedAsTheIndexFoldsThem(String input, String expected) {
        assertThat(LuceneQuery.prefixOfEachWord(input)).isEqualTo(expected);
    }

    static Stream<Arguments> accentedWords() {
        return Stream.of(
                Arguments.of("Dobrýnin", "dobrynin*"),
                Arguments.of("Ängström", "angstrom*"),
                Arguments.of("Øresund", "oresund*"),
                Arguments.of("Straße", "strasse*"),
                Arguments.of("Łódź", "lodz*"),
                Arguments.of("Æsir", "aesir*"),
                Arguments.of("Œuvre", "oeuvre*"),
                Arguments.of("Đakovo", "dakovo*"),
                Arguments.of("Zelensky Zelenskyy", "zelensky* AND zelenskyy*"),
                Arguments.of("Dobry\u0301nin", "dobrynin*"));
    }

    @Test
    void cyrillicIsLowerCasedButKept() {
        assertThat(LuceneQuery.prefixOfEachWord("Добрынин Громыко")).isEqualTo("добрынин* AND громыко*");
    }

    @Test
    void digitsAreKept() {
        assertThat(LuceneQuery.prefixOfEachWord("1970")).isEqualTo("1970*");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"+", "-", "&", "|", "!", "(", ")", "{", "}", "[", "]", "^", "\"", "~", "*", "?", ":", "\\", "/"})
    void everyLuceneSpecialCharacterIsEscapedWithABackslash(String special) {
        assertThat(LuceneQuery.prefixOfEachWord("x" + special + "y")).isEqualTo("x\\" + special + "y*");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("luceneSyntax")
    void luceneSyntaxTypedByTheUserIsSearchedForAsItself(String input, String expected) {
        assertThat(LuceneQuery.prefixOfEachWord(input)).isEqualTo(expected);
    }

    static Stream<Arguments> luceneSyntax() {
        return Stream.of(
                Arguments.of("a:b", "a\\:b*"),
                Arguments.of("name:Nixon", "name\\:nixon*"),
                Arguments.of("(x)", "\\(x\\)*"),
                Arguments.of("\"q\"", "\\\"q\\\"*"),
                Arguments.of("nixon~2", "nixon\\~2*"),
                Arguments.of("a/.*/", "a\\/.\\*\\/*"),
                Arguments.of("[a TO z]", "\\[a* AND z\\]*"),
                Arguments.of("-Nixon +Kissinger", "\\-nixon* AND \\+kissinger*"),
                Arguments.of("Kissinger && *", "kissinger*"));
    }

    /** The index holds no token without a letter or digit, so such words are left out rather than searched for. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\\", "*", "?", "~", "^", "/", "/.*/", "&&", "||", "!", "{}", "[]", "+", "-"})
    void wordsOfPunctuationAloneAreLeftOut(String input) {
        assertThat(LuceneQuery.prefixOfEachWord(input)).isEmpty();
    }

    @Test
    void operatorsTypedByTheUserAreNotOperators() {
        assertThat(LuceneQuery.prefixOfEachWord("NOT Kissinger")).isEqualTo("kissinger*");
        assertThat(LuceneQuery.prefixOfEachWord("Nixon OR Kissinger")).isEqualTo("nixon* AND kissinger*");
        assertThat(LuceneQuery.prefixOfEachWord("AND OR NOT")).isEqualTo("and* AND or* AND not*");
    }

    @Test
    void stopWordsAreDroppedWhenOtherWordsRemain() {
        assertThat(LuceneQuery.prefixOfEachWord("the envoy")).isEqualTo("envoy*");
        assertThat(LuceneQuery.prefixOfEachWord("The Secretary of State")).isEqualTo("secretary* AND state*");
    }

    @Test
    void aQueryOfOnlyStopWordsKeepsThemAsPrefixes() {
        assertThat(LuceneQuery.prefixOfEachWord("in")).isEqualTo("in*");
        assertThat(LuceneQuery.prefixOfEachWord("The In")).isEqualTo("the* AND in*");
    }

    @Test
    void aWordThatOnlyStartsLikeAStopWordIsKept() {
        assertThat(LuceneQuery.prefixOfEachWord("the India")).isEqualTo("india*");
        assertThat(LuceneQuery.prefixOfEachWord("then")).isEqualTo("then*");
        assertThat(LuceneQuery.prefixOfEachWord("them envoy")).isEqualTo("them* AND envoy*");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "   ", "\t\n "})
    void noWordsGiveAnEmptyQuery(String input) {
        assertThat(LuceneQuery.prefixOfEachWord(input)).isEmpty();
    }

    @Test
    void nonLatinLettersAreKeptExactlyAsTheIndexKeepsThem() {
        assertThat(LuceneQuery.prefixOfEachWord("Анатолий Горбачёв")).isEqualTo("анатолий* AND горбачёв*");
        assertThat(LuceneQuery.prefixOfEachWord("हैपीमोन")).isEqualTo("हैपीमोन*");
        assertThat(LuceneQuery.prefixOfEachWord("Þór")).isEqualTo("thor*");
    }

    @Test
    void aWordThatFoldsToNothingNeverBecomesABareWildcard() {
        assertThat(LuceneQuery.prefixOfEachWord("\u0301")).isEmpty();
        assertThat(LuceneQuery.prefixOfEachWord("the \u0301")).isEqualTo("the*");
    }

    @Test
    void noBreakSpacesSeparateWords() {
        assertThat(LuceneQuery.prefixOfEachWord("Henry\u00A0Kiss")).isEqualTo("henry* AND kiss*");
    }
}
