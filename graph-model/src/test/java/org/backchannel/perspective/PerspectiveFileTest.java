package org.backchannel.perspective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backchannel.json.JsonProblem;
import org.junit.jupiter.api.Test;

class PerspectiveFileTest {

    private final PerspectiveFile files = new PerspectiveFile();

    @Test
    void aWrittenPerspectiveReadsBackEqual() throws PerspectiveException {
        Perspective proposed = PerspectiveProposal.propose(PerspectiveProposalTest.cablesAndMeetings());
        byte[] written = files.write(proposed, new PerspectiveFile.Origin("bolt://db.example:7687", "cables"));
        assertTrue(new String(written, StandardCharsets.UTF_8).contains("\"format\" : \"backchannel-perspective/1\""));
        assertEquals(proposed, files.read("p.json", written));
    }

    @Test
    void anUnknownRoleIsRefusedWithItsLineColumnAndPointer() {
        String text = """
                {
                  "format": "backchannel-perspective/1",
                  "labels": {"Person": "actor", "Embassy": "embassy"}
                }
                """;
        PerspectiveException e = assertThrows(PerspectiveException.class, () -> files.read("team.json", bytes(text)));
        JsonProblem problem = e.problems().get(0);
        assertEquals("/labels/Embassy", problem.pointer());
        assertEquals(3, problem.line());
        assertTrue(problem.message().contains("\"embassy\" is not one of actor"), problem.message());
    }

    @Test
    void malformedFilesAreRefusedSayingWhere() {
        assertEquals(2, line("{\n \"format\": \"backchannel-perspective/1\",, }"));
        PerspectiveException unknownField = assertThrows(PerspectiveException.class,
                () -> files.read("p.json", bytes("{\"format\": \"backchannel-perspective/1\", \"colours\": {}}")));
        assertTrue(unknownField.getMessage().contains("colours"), unknownField.getMessage());
        PerspectiveException newer = assertThrows(PerspectiveException.class, () -> files.read("p.json", bytes("{\"format\": \"backchannel-perspective/2\"}")));
        assertTrue(newer.getMessage().contains("newer Backchannel"), newer.getMessage());
        PerspectiveException badFormat = assertThrows(PerspectiveException.class, () -> files.read("p.json",
                bytes("{\"format\": \"backchannel-perspective/1\", \"dateFormats\": {\"sentAt\": \"MM/yyyy\"}}")));
        assertEquals("/dateFormats/sentAt", badFormat.problems().get(0).pointer());
    }

    @Test
    void aPerspectiveNamingWhatTheStoreLacksIsRefusedNamingIt() {
        Perspective other = new Perspective(Map.of("Persn", NodeRole.ACTOR), Map.of(), new PropertyRoles(List.of("fullName"), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of()), Map.of(), Map.of(), Map.of());
        SchemaSample store = new SchemaSample(List.of(new SchemaSample.LabelSample("Person", 1, Map.of())), List.of(), Set.of("name"));
        PerspectiveException e = assertThrows(PerspectiveException.class, () -> PerspectiveFile.checkAgainst(other, store, "settings"));
        assertEquals(List.of("/labels/Persn", "/properties/name/0"), e.problems().stream().map(JsonProblem::pointer).toList());
        assertTrue(e.getMessage().contains("label \"Persn\" is not in the store; it has Person"), e.getMessage());
    }

    private int line(String text) {
        return assertThrows(PerspectiveException.class, () -> files.read("p.json", bytes(text))).problems().get(0).line();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
