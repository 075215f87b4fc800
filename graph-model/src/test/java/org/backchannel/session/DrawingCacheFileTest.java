package org.backchannel.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.backchannel.model.ChannelType;
import org.backchannel.model.Eras;
import org.backchannel.model.LinkType;
import org.backchannel.model.NamedEra;
import org.backchannel.model.NodeKind;
import org.backchannel.model.Secrecy;
import org.backchannel.model.YearRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The drawing cache's bytes: written and read back whole, refused when anything is off, and matched to its session file. */
class DrawingCacheFileTest {

    private static final DrawingCacheFile FILE = new DrawingCacheFile();

    @TempDir
    Path dir;

    /** Two people and the back channel between them, one link through it (a meeting: mutual), drawn under a filter. */
    static DrawingCache small() {
        return new DrawingCache(new DrawingCache.SessionStamp(1234, 0xCAFEL),
                List.of(new DrawingCache.Node("kissinger", NodeKind.ACTOR, "Henry Kissinger", null, null, -10.5, 4, true, false),
                        new DrawingCache.Node("dobrynin", NodeKind.ACTOR, "Anatoly Dobrynin", null, null, 30, 4.25, false, true),
                        new DrawingCache.Node("channel", NodeKind.CHANNEL, "The Channel", ChannelType.BACK_CHANNEL, Secrecy.SECRET, 10, -20,
                                false, false)),
                List.of(new DrawingCache.Link("k-d", LinkType.SPOKE_WITH, 0, 1, 2, true), new DrawingCache.Link("k-c", LinkType.PARTICIPATES_IN, 0, 2, -1)),
                new Session.Camera(1, 2, 0.75), new SessionFilter(Set.of(ChannelType.BACK_CHANNEL), new YearRange(1969, 1979)),
                new Eras(List.of(new NamedEra("Nixon years", 1969, 1974))));
    }

    /** The place of the filter's first channel type: before the eras' count, the era's name, the years (1 + 4 + 4 bytes) and itself. */
    private static int filterType(byte[] b) {
        return before(b, "Nixon years") - 2 - 9 - 1;
    }

    @Test
    void whatIsWrittenIsReadBackWhole() throws Exception {
        assertThat(FILE.read("cache", FILE.toBytes(small()))).isEqualTo(small());
        DrawingCache noCamera = new DrawingCache(small().sessionBytes(), small().nodes(), List.of(), null);
        assertThat(noCamera.filter()).isEqualTo(SessionFilter.NONE);
        assertThat(noCamera.eras()).isEqualTo(Eras.DEFAULTS);
        assertThat(FILE.read("cache", FILE.toBytes(noCamera))).isEqualTo(noCamera);
    }

    @Test
    void aCacheIsCurrentOnlyWhenThisVersionWroteIt() throws Exception {
        Path written = dir.resolve("last.backchannel.drawing");
        Files.write(written, FILE.toBytes(small()));
        assertThat(DrawingCacheFile.isCurrent(written)).isTrue();
        Files.write(written, set(FILE.toBytes(small()), 7, DrawingCacheFile.VERSION - 1));
        assertThat(DrawingCacheFile.isCurrent(written)).as("an older version").isFalse();
        assertThat(DrawingCacheFile.isCurrent(dir.resolve("none.drawing"))).isFalse();
    }

    static Stream<Arguments> damaged() {
        byte[] good = FILE.toBytes(small());
        return Stream.of(
                Arguments.of("a session file", (UnaryOperator<byte[]>) b -> "{\"format\": \"backchannel-session/1\"}".getBytes(StandardCharsets.UTF_8),
                        "is not a drawing cache"),
                Arguments.of("another version", (UnaryOperator<byte[]>) b -> set(b, 7, 9), "version 9"),
                Arguments.of("a filter's channel type out of the table", (UnaryOperator<byte[]>) b -> set(b, filterType(b), 42),
                        "filter's channel type number 42"),
                Arguments.of("a filter's years backwards", (UnaryOperator<byte[]>) b -> putInt(b, filterType(b) + 2, 1990), "ends (1979) before"),
                Arguments.of("an era's years backwards", (UnaryOperator<byte[]>) b -> putInt(b, after(b, "Nixon years"), 1990), "ends (1974) before"),
                Arguments.of("cut short", (UnaryOperator<byte[]>) b -> Arrays.copyOf(b, b.length / 2), "cut short"),
                Arguments.of("a byte too many", (UnaryOperator<byte[]>) b -> Arrays.copyOf(b, b.length + 1), "does not end"),
                Arguments.of("an unknown kind code", (UnaryOperator<byte[]>) b -> replace(b, "actor", "angel"), "unknown node kind \"angel\""),
                Arguments.of("a kind out of the table", (UnaryOperator<byte[]>) b -> set(b, after(b, "Henry Kissinger"), 99), "node kind number 99"),
                Arguments.of("a secrecy out of the table", (UnaryOperator<byte[]>) b -> set(b, after(b, "The Channel") + 2, 7),
                        "secrecy number 7"),
                Arguments.of("a position that is not a number", (UnaryOperator<byte[]>) b -> putDouble(b, after(b, "Henry Kissinger") + 3, Double.NaN),
                        "finite"),
                Arguments.of("unknown flags", (UnaryOperator<byte[]>) b -> set(b, after(b, "Henry Kissinger") + 19, 8), "unknown flags 8"),
                Arguments.of("unknown link flags", (UnaryOperator<byte[]>) b -> set(b, after(b, "k-d") + 13, 8), "link k-d has unknown flags 8"),
                Arguments.of("a link end out of range", (UnaryOperator<byte[]>) b -> putInt(b, after(b, "k-d") + 1, 3), "node number 3 of 3"),
                Arguments.of("an id twice", (UnaryOperator<byte[]>) b -> replace(b, "k-c", "k-d"), "id k-d appears twice"),
                Arguments.of("a count larger than the file", (UnaryOperator<byte[]>) b -> putInt(b, before(b, "kissinger") - 4, Integer.MAX_VALUE),
                        "cannot be right"),
                Arguments.of("nothing", (UnaryOperator<byte[]>) b -> new byte[0], "is not a drawing cache"))
                .map(a -> Arguments.of(a.get()[0], ((UnaryOperator<byte[]>) a.get()[1]).apply(good.clone()), a.get()[2]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damaged")
    void aDamagedCacheIsRefusedSayingWhy(String what, byte[] bytes, String why) {
        assertThatThrownBy(() -> FILE.read("last.backchannel.drawing", bytes)).isInstanceOf(DrawingCacheException.class)
                .hasMessageContaining("last.backchannel.drawing").hasMessageContaining(why);
    }

    @Test
    void theCacheBesideASessionIsUsedOnlyWhileThatSessionFileIsTheOneItWasWrittenWith() throws Exception {
        Path session = dir.resolve("sessions").resolve("last.backchannel");
        new SessionFiles().save(TestSessions.small(), small(), session);
        List<String> why = new ArrayList<>();

        DrawingCache.SessionStamp written = DrawingCache.SessionStamp.of(Files.readAllBytes(session));
        assertThat(FILE.readBeside(session, why::add)).hasValueSatisfying(cache -> {
            assertThat(cache.nodes()).isEqualTo(small().nodes());
            assertThat(cache.sessionBytes()).isEqualTo(written);
        });

        new SessionFiles().save(TestSessions.large(3, 1), session);
        assertThat(FILE.readBeside(session, why::add)).isEmpty();
        assertThat(why).singleElement().asString().contains("another version of last.backchannel");

        Files.delete(DrawingCacheFile.beside(session));
        assertThat(FILE.readBeside(session, why::add)).isEmpty();
        assertThat(why.get(1)).contains("no drawing cache");
    }

    @Test
    void aCacheThatCannotBeWrittenLeavesTheSessionSavedAndNoStaleCache() throws Exception {
        Path session = dir.resolve("last.backchannel");
        new SessionFiles().save(TestSessions.small(), small(), session);
        // A folder where the cache's temporary file must go makes its write fail, as a full disk would.
        Files.createDirectories(dir.resolve("last.backchannel.drawing.tmp").resolve("blocker"));

        new SessionFiles().save(TestSessions.large(4, 2), small(), session);

        assertThat(new SessionFiles().open(session).session().scene().nodeIds()).hasSize(4);
        assertThat(DrawingCacheFile.beside(session)).doesNotExist();
    }

    private static int after(byte[] b, String text) {
        return before(b, text) + 2 + text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Where the UTF string {@code text} starts, its two length bytes included. */
    private static int before(byte[] b, String text) {
        byte[] t = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 2; i + t.length <= b.length; i++) {
            if (Arrays.equals(Arrays.copyOfRange(b, i, i + t.length), t) && b[i - 1] == t.length) {
                return i - 2;
            }
        }
        throw new IllegalArgumentException(text + " is not in the bytes");
    }

    private static byte[] set(byte[] b, int at, int value) {
        b[at] = (byte) value;
        return b;
    }

    private static byte[] putInt(byte[] b, int at, int value) {
        ByteBuffer.wrap(b).putInt(at, value);
        return b;
    }

    private static byte[] putDouble(byte[] b, int at, double value) {
        ByteBuffer.wrap(b).putDouble(at, value);
        return b;
    }

    private static byte[] replace(byte[] b, String text, String same) {
        int at = before(b, text) + 2;
        byte[] with = same.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(with, 0, b, at, with.length);
        return b;
    }
}
