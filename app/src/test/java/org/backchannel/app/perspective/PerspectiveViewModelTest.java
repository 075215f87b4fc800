package org.backchannel.app.perspective;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backchannel.app.perspective.PerspectiveRows.ChannelRow;
import org.backchannel.app.perspective.PerspectiveRows.LabelRow;
import org.backchannel.app.perspective.PerspectiveRows.TypeRow;
import org.backchannel.model.ChannelType;
import org.backchannel.perspective.DateFormat;
import org.backchannel.perspective.LinkRole;
import org.backchannel.perspective.NodeRole;
import org.backchannel.perspective.Perspective;
import org.backchannel.perspective.PerspectiveFile;
import org.backchannel.perspective.PerspectiveProposal;
import org.backchannel.perspective.SchemaSample;
import org.backchannel.perspective.SchemaSample.LabelSample;
import org.backchannel.perspective.SchemaSample.TypeSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The perspective dialog's state without a toolkit: correcting a proposal, refusals that change nothing, files. */
class PerspectiveViewModelTest {

    static final SchemaSample STORE = new SchemaSample(
            List.of(new LabelSample("Person", 4, Map.of("name", List.of("Ada", "Sergey"))),
                    new LabelSample("Encounter", 2, Map.of("date", List.of("04/08/2017", "23/08/2017")))),
            List.of(new TypeSample("SENT_CABLE", 3, Set.of("Person"), Set.of("Person"), Map.of("sentAt", List.of(1_501_804_800_000L))),
                    new TypeSample("ATTENDED", 4, Set.of("Person"), Set.of("Encounter"), Map.of())),
            Set.of("name", "date", "sentAt"));

    @TempDir
    Path folder;

    private final List<Perspective> applied = new ArrayList<>();
    private final PerspectiveViewModel viewModel = new PerspectiveViewModel(STORE, PerspectiveProposal.propose(STORE),
            (p, where) -> {
                org.backchannel.perspective.PerspectiveFile.checkAgainst(p, STORE, where);
                applied.add(p);
            });

    @Test
    void theProposalIsShownRowByRowWithSampledDates() {
        assertThat(viewModel.getLabels()).extracting(LabelRow::getLabel).containsExactly("Person", "Encounter");
        assertThat(role("Encounter").roleProperty().get()).isEqualTo(NodeRole.OTHER);
        assertThat(viewModel.getDates()).anySatisfy(d -> {
            assertThat(d.getKey()).isEqualTo("date");
            assertThat(d.getSample()).contains("04/08/2017");
            assertThat(d.formatProperty().get()).isEqualTo(DateFormat.DAY_FIRST.code());
        });
    }

    @Test
    void aCorrectionMakesEncountersExchangesOfficialTalks() {
        role("Encounter").roleProperty().set(NodeRole.EXCHANGE);
        type("ATTENDED").roleProperty().set(LinkRole.PARTY);
        viewModel.refreshChannels();
        channel("encounter").typeProperty().set(ChannelType.OFFICIAL_TALKS);

        assertThat(viewModel.apply()).isTrue();
        Perspective used = applied.get(applied.size() - 1);
        assertThat(used.labels()).containsEntry("Encounter", NodeRole.EXCHANGE);
        assertThat(used.exchangeChannels()).containsEntry("Encounter", "encounter");
        assertThat(used.channelType("encounter")).contains(ChannelType.OFFICIAL_TALKS);
        assertThat(viewModel.problemsProperty().get()).isEmpty();
    }

    @Test
    void aDateFormatThatIsNoneIsRefusedNamingItsRowAndNothingIsApplied() {
        viewModel.getDates().get(0).formatProperty().set("MM/yyyy");
        assertThat(viewModel.apply()).isFalse();
        assertThat(applied).isEmpty();
        assertThat(viewModel.problemsProperty().get()).startsWith("Dates, ").contains("MM/yyyy");
    }

    @Test
    void aPropertyTheStoreLacksIsRefusedNamingItAndNothingIsApplied() {
        viewModel.getProperties().get(0).keysProperty().set("fullName");
        assertThat(viewModel.apply()).isFalse();
        assertThat(applied).isEmpty();
        assertThat(viewModel.problemsProperty().get()).contains("property \"fullName\" (name) is on no node or relationship of the store");
    }

    @Test
    void anExportedPerspectiveImportsBackAndAMalformedFileChangesNothing() throws Exception {
        role("Encounter").roleProperty().set(NodeRole.EXCHANGE);
        Path file = folder.resolve("team.json");
        assertThat(viewModel.exportTo(file, "bolt://db.example:7687", "cables")).isTrue();
        assertThat(Files.readString(file)).contains(PerspectiveFile.FORMAT).contains("\"Encounter\" : \"exchange\"");

        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"backchannel-perspective/1\", \"labels\": {\"Person\": \"people\"}}", StandardCharsets.UTF_8);
        assertThat(viewModel.importFrom(broken)).isFalse();
        assertThat(viewModel.problemsProperty().get()).contains("broken.json").contains("/labels/Person").contains("\"people\"");
        assertThat(applied).isEmpty();
        assertThat(role("Encounter").roleProperty().get()).isEqualTo(NodeRole.EXCHANGE);

        assertThat(viewModel.importFrom(file)).isTrue();
        assertThat(applied).hasSize(1);
        assertThat(applied.get(0).labels()).containsEntry("Encounter", NodeRole.EXCHANGE);
    }

    private LabelRow role(String label) {
        return viewModel.getLabels().stream().filter(r -> r.getLabel().equals(label)).findFirst().orElseThrow();
    }

    private TypeRow type(String type) {
        return viewModel.getTypes().stream().filter(r -> r.getType().equals(type)).findFirst().orElseThrow();
    }

    private ChannelRow channel(String value) {
        return viewModel.getChannels().stream().filter(r -> r.getValue().equals(value)).findFirst().orElseThrow();
    }
}
