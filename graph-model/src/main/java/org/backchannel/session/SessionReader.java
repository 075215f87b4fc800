package org.backchannel.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backchannel.json.JsonInputException;
import org.backchannel.json.JsonProblem;
import org.backchannel.json.ProblemLog;
import org.backchannel.json.StrictJson;
import org.backchannel.json.TextRules;

/**
 * Reads a {@code backchannel-session/1} file as strictly as a dataset: any syntax error, duplicate
 * key, unknown field, wrong type, unknown version or inconsistent value refuses the whole file with a
 * {@link SessionException} that says where. A refused file returns nothing, so nothing of it is applied.
 */
public final class SessionReader {

    /** A 10,000-node session is about 1 MB; larger files are refused before parsing. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    static final int MAX_DEPTH = 16;
    private static final String FORMAT_PREFIX = "backchannel-session/";

    private final StrictJson json = new StrictJson("session", "docs/session-format.md", MAX_DEPTH, 1_000_000);

    public Session read(Path file) throws SessionException {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(name, size);
            }
            return read(name, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new SessionException(JsonProblem.ofFile(name, "the file could not be read: " + e.getMessage(),
                    "check that the path is right and readable"));
        }
    }

    /** Reads a session from memory; {@code name} names the file in messages. */
    public Session read(String name, byte[] content) throws SessionException {
        if (content.length > MAX_BYTES) {
            throw tooLarge(name, content.length);
        }
        StrictJson.Parsed<SessionJson> parsed;
        try {
            parsed = json.read(name, content, SessionJson.class);
        } catch (JsonInputException e) {
            throw new SessionException(e.problem());
        }
        SessionJson file = parsed.value();
        ProblemLog log = new ProblemLog(name, parsed.locations());
        if (!Session.FORMAT.equals(file.format())) {
            log.add("/format", formatProblem(file.format()), "this version of Backchannel reads \"" + Session.FORMAT + "\"");
            log.throwIfAny(SessionException::new);
        }
        return new SessionValidator(log).validate(file);
    }

    private static String formatProblem(String format) {
        if (format == null) {
            return "required field format is missing or null";
        }
        if (format.startsWith(FORMAT_PREFIX)) {
            return "session format version \"" + TextRules.printable(format.substring(FORMAT_PREFIX.length()))
                    + "\" is not known; the file may come from a newer Backchannel";
        }
        return "unknown format \"" + TextRules.printable(format) + "\"";
    }

    private static SessionException tooLarge(String name, long size) {
        return new SessionException(JsonProblem.ofFile(name, "the file is " + size + " bytes; the limit is " + MAX_BYTES + " bytes",
                "this is not a session Backchannel wrote"));
    }
}
