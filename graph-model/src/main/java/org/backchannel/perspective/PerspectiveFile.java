package org.backchannel.perspective;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.backchannel.json.JsonInputException;
import org.backchannel.json.JsonProblem;
import org.backchannel.json.ProblemLog;
import org.backchannel.json.StrictJson;
import org.backchannel.json.TextRules;
import org.backchannel.model.ChannelType;

/**
 * Reads and writes {@code backchannel-perspective/1} files ({@code docs/perspective-format.md}) as
 * strictly as sessions and datasets: a syntax error, duplicate key, unknown field, wrong type, unknown
 * role, channel type or date format refuses the whole file with file, line, column and JSON pointer.
 * The same text is what the user's settings keep per store.
 */
public final class PerspectiveFile {

    public static final String FORMAT = "backchannel-perspective/1";
    public static final long MAX_BYTES = 4L * 1024 * 1024;
    private static final String PREFIX = "backchannel-perspective/";
    private static final String HINT_ROLES = "see docs/perspective-format.md";

    private final StrictJson json = new StrictJson("perspective", "docs/perspective-format.md", 8, 100_000);

    /** Where a perspective was made, written into the file for whoever receives it. */
    public record Origin(String uri, String database) {
    }

    public Perspective read(Path file) throws PerspectiveException {
        String name = file.toString();
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new PerspectiveException(JsonProblem.ofFile(name, "the file is larger than " + MAX_BYTES + " bytes",
                        "this is not a perspective Backchannel wrote"));
            }
            return read(name, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new PerspectiveException(JsonProblem.ofFile(name, "the file could not be read: " + e.getMessage(),
                    "check that the path is right and readable"));
        }
    }

    /** Reads a perspective from memory; {@code name} names it in messages. */
    public Perspective read(String name, byte[] content) throws PerspectiveException {
        StrictJson.Parsed<PerspectiveJson> parsed;
        try {
            parsed = json.read(name, content, PerspectiveJson.class);
        } catch (JsonInputException e) {
            throw new PerspectiveException(e.problem());
        }
        PerspectiveJson file = parsed.value();
        ProblemLog log = new ProblemLog(name, parsed.locations());
        if (!FORMAT.equals(file.format())) {
            log.add("/format", file.format() == null ? "required field format is missing or null"
                    : file.format().startsWith(PREFIX) ? "perspective format version \"" + TextRules.printable(file.format().substring(PREFIX.length()))
                    + "\" is not known; the file may come from a newer Backchannel" : "unknown format \"" + TextRules.printable(file.format()) + "\"",
                    "this version of Backchannel reads \"" + FORMAT + "\"");
            log.throwIfAny(PerspectiveException::new);
        }
        Map<String, NodeRole> labels = codes(log, "/labels", file.labels(), NodeRole::fromCode, NodeRole.codes());
        Map<String, LinkRole> types = codes(log, "/relationships", file.relationships(), LinkRole::fromCode, LinkRole.codes());
        Map<String, ChannelType> channelTypes = codes(log, "/channelTypes", file.channelTypes(), ChannelType::fromCode, ChannelType.codes());
        Map<String, DateFormat> formats = new TreeMap<>();
        orEmpty(file.dateFormats()).forEach((key, code) -> {
            try {
                formats.put(key, new DateFormat(code));
            } catch (IllegalArgumentException e) {
                log.add("/dateFormats/" + PerspectiveCheck.escape(key), e.getMessage(), HINT_ROLES);
            }
        });
        PerspectiveJson.PropertiesJson p = file.properties();
        PropertyRoles properties = p == null ? PropertyRoles.NONE : new PropertyRoles(keys(log, "name", p.name()), keys(log, "date", p.date()),
                keys(log, "start", p.start()), keys(log, "end", p.end()), keys(log, "channelType", p.channelType()),
                keys(log, "secrecy", p.secrecy()), keys(log, "quote", p.quote()), keys(log, "source", p.source()));
        Map<String, String> exchangeChannels = orEmpty(file.exchangeChannels());
        log.throwIfAny(PerspectiveException::new);
        Perspective perspective = new Perspective(labels, types, properties, formats, channelTypes, exchangeChannels);
        for (PerspectiveCheck.Problem problem : PerspectiveCheck.check(perspective, everythingNamed(perspective))) {
            log.add(problem.pointer(), problem.message(), HINT_ROLES);
        }
        log.throwIfAny(PerspectiveException::new);
        return perspective;
    }

    /**
     * Checks a perspective against a store's schema, with the locations of the file it came from (or
     * none, for one kept in the settings or made in the dialog).
     */
    public static void checkAgainst(Perspective perspective, SchemaSample store, String name) throws PerspectiveException {
        List<JsonProblem> problems = new ArrayList<>();
        for (PerspectiveCheck.Problem problem : PerspectiveCheck.check(perspective, store)) {
            problems.add(new JsonProblem(name, 0, 0, problem.pointer(), problem.message(),
                    "correct the perspective in the dialog or propose one from this store"));
        }
        if (!problems.isEmpty()) {
            throw new PerspectiveException(problems);
        }
    }

    public byte[] write(Perspective perspective, Origin origin) {
        Map<String, String> labels = new LinkedHashMap<>();
        perspective.labels().forEach((k, v) -> labels.put(k, v.code()));
        Map<String, String> types = new LinkedHashMap<>();
        perspective.relationshipTypes().forEach((k, v) -> types.put(k, v.code()));
        Map<String, String> formats = new LinkedHashMap<>();
        perspective.dateFormats().forEach((k, v) -> formats.put(k, v.code()));
        Map<String, String> channels = new LinkedHashMap<>();
        perspective.channelTypes().forEach((k, v) -> channels.put(k, v.code()));
        PropertyRoles p = perspective.properties();
        PerspectiveJson file = new PerspectiveJson(FORMAT, origin == null ? null : new PerspectiveJson.StoreJson(origin.uri(), origin.database()),
                labels, types, new PerspectiveJson.PropertiesJson(p.name(), p.date(), p.start(), p.end(), p.channelType(), p.secrecy(),
                p.quote(), p.source()), formats, channels, perspective.exchangeChannels());
        try {
            return (new String(writer().writeValueAsBytes(file), StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a perspective of plain values always serialises", e);
        }
    }

    private static ObjectWriter writer() {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(DefaultPrettyPrinter.NopIndenter.instance);
        return JsonMapper.builder().build().writer(pretty);
    }

    /** A perspective is checked on its own for what needs no store: exchange channels must name an exchange it maps. */
    private static SchemaSample everythingNamed(Perspective perspective) {
        List<SchemaSample.LabelSample> labels = perspective.labels().keySet().stream()
                .map(l -> new SchemaSample.LabelSample(l, 0, Map.of())).toList();
        List<SchemaSample.TypeSample> types = perspective.relationshipTypes().keySet().stream()
                .map(t -> new SchemaSample.TypeSample(t, 0, java.util.Set.of(), java.util.Set.of(), Map.of())).toList();
        java.util.Set<String> keys = new java.util.HashSet<>(perspective.properties().allKeys());
        keys.addAll(perspective.dateFormats().keySet());
        return new SchemaSample(labels, types, keys);
    }

    private static <T> Map<String, T> codes(ProblemLog log, String pointer, Map<String, String> written,
                                            Function<String, java.util.Optional<T>> lookup, List<String> allowed) {
        Map<String, T> read = new TreeMap<>();
        orEmpty(written).forEach((key, code) -> {
            java.util.Optional<T> value = code == null ? java.util.Optional.empty() : lookup.apply(code);
            if (value.isEmpty()) {
                log.add(pointer + "/" + PerspectiveCheck.escape(key), "\"" + TextRules.printable(String.valueOf(code)) + "\" is not one of "
                        + String.join(", ", allowed), HINT_ROLES);
            } else {
                read.put(key, value.get());
            }
        });
        return read;
    }

    private static List<String> keys(ProblemLog log, String role, List<String> keys) {
        if (keys == null) {
            return List.of();
        }
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i) == null || keys.get(i).isBlank()) {
                log.add("/properties/" + role + "/" + i, "a property key must be a name", HINT_ROLES);
                return List.of();
            }
        }
        return keys;
    }

    private static <V> Map<String, V> orEmpty(Map<String, V> map) {
        return map == null ? Map.of() : map;
    }
}
