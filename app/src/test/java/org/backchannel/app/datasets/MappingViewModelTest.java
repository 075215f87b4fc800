package org.backchannel.app.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backchannel.app.task.SameThreadTasks;
import org.backchannel.dataset.Sheet;
import org.backchannel.dataset.SheetReader;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mapping dialog without a toolkit: a mapping found or proposed, corrected column by column, checked as the command line checks it. */
class MappingViewModelTest {

    private final SameThreadTasks tasks = new SameThreadTasks();

    @TempDir
    Path dir;

    private MappingViewModel opened(Path sheet) {
        MappingViewModel viewModel = new MappingViewModel(tasks, sheet);
        viewModel.open();
        tasks.runScheduled();
        return viewModel;
    }

    private MappingField field(MappingViewModel viewModel, String name) {
        return viewModel.getFields().stream().filter(f -> f.field().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theExampleSheetTakesTheMappingBesideItAndGivesWhatImportMappingGives() throws Exception {
        Path sheet = ExampleSheet.copyTo(dir);
        MappingViewModel viewModel = opened(sheet);

        Dataset expected = new SheetReader().read(sheet, dir.resolve(ExampleSheet.MAPPING));
        assertThat(viewModel.mappingOriginProperty().get()).startsWith(ExampleSheet.MAPPING);
        assertThat(viewModel.check().getProblems()).isEmpty();
        Dataset checked = viewModel.datasetProperty().get();
        assertThat(checked.id()).isEqualTo(expected.id());
        assertThat(checked.nodes()).isEqualTo(expected.nodes());
        assertThat(checked.links()).isEqualTo(expected.links());
        List<String> firstRow = viewModel.getPreview().get(0);
        GraphLink firstExchange = expected.links().get(0);
        assertThat(firstRow.get(MappingViewModel.PREVIEW_FIELDS.indexOf("from")))
                .isEqualTo(expected.node(firstExchange.fromId()).orElseThrow().name());
    }

    @Test
    void aProposedMappingIsCorrectedColumnByColumnAndItsProblemsFollow() throws Exception {
        Path sheet = dir.resolve("notes.csv");
        Files.writeString(sheet, "Envoy;Host;Via;Kind of channel;When\n"
                + "Ann Archer;Boris Brandt;The garden path;back-channel;1970\n"
                + "Boris Brandt;Carol Chen;The garden path;back-channel;1971\n");
        MappingViewModel viewModel = opened(sheet);
        assertThat(viewModel.mappingOriginProperty().get()).contains("proposed");
        // The proposal knows no header word for who spoke to whom here: the problems say so, at the mapping.
        assertThat(viewModel.datasetProperty().get()).isNull();
        assertThat(viewModel.check().getProblems()).extracting(ProblemRow::message)
                .contains("no column is mapped to from", "no column is mapped to to");

        field(viewModel, "from").columnProperty().set("Envoy");
        field(viewModel, "to").columnProperty().set("Host");
        field(viewModel, "channel").columnProperty().set("Via");
        field(viewModel, "channelType").columnProperty().set("Kind of channel");
        field(viewModel, "date").columnProperty().set("When");
        viewModel.rowsAreEvidenceProperty().set(true);
        assertThat(viewModel.getPreview().get(1).get(MappingViewModel.PREVIEW_FIELDS.indexOf("to"))).isEqualTo("Carol Chen");
        assertThat(viewModel.check().checkingProperty().get()).as("checked a moment after the last change").isTrue();
        tasks.runScheduled();

        assertThat(viewModel.check().getProblems()).isEmpty();
        Dataset dataset = viewModel.datasetProperty().get();
        assertThat(dataset.links().stream().filter(l -> l.type().code().equals("spoke-with"))).hasSize(2);
        assertThat(dataset.links().get(0).citations().get(0).quote()).isEqualTo("row 2 of " + sheet);
    }

    @Test
    void aSheetWithoutQuotesImportsNothingUntilTheSheetIsChosenAsItsEvidence() throws Exception {
        Path sheet = dir.resolve("contacts.csv");
        Files.writeString(sheet, "From,To,Channel,Date\nAnn Archer,Boris Brandt,The garden path,1970\n");
        MappingViewModel viewModel = opened(sheet);

        assertThat(viewModel.evidenceToChooseProperty().get()).isTrue();
        assertThat(viewModel.sourceTitleProperty().get()).as("no placeholder document").isEmpty();
        assertThat(viewModel.datasetProperty().get()).isNull();
        assertThat(viewModel.check().getProblems()).extracting(ProblemRow::message).contains("no column is mapped to quote");

        viewModel.rowsAreEvidenceProperty().set(true);
        tasks.runScheduled();

        assertThat(viewModel.evidenceToChooseProperty().get()).isFalse();
        Dataset dataset = viewModel.datasetProperty().get();
        assertThat(dataset.sources()).as("only the sheet itself").singleElement()
                .satisfies(s -> assertThat(s.title()).isEqualTo("Spreadsheet " + sheet));
    }

    @Test
    void orWhenAQuoteColumnIsChosenItsDocumentMustBeNamed() throws Exception {
        Path sheet = dir.resolve("diary.csv");
        Files.writeString(sheet, "From,To,Channel,Words\nAnn Archer,Boris Brandt,The garden path,Ann wrote to Boris\n");
        MappingViewModel viewModel = opened(sheet);
        assertThat(viewModel.evidenceToChooseProperty().get()).isTrue();

        field(viewModel, "quote").columnProperty().set("Words");
        tasks.runScheduled();
        assertThat(viewModel.evidenceToChooseProperty().get()).isFalse();
        assertThat(viewModel.check().getProblems()).extracting(ProblemRow::message).containsExactly("the quotes' source is not named");

        viewModel.sourceTitleProperty().set("Ann's diary");
        tasks.runScheduled();

        assertThat(viewModel.check().getProblems()).isEmpty();
        Dataset dataset = viewModel.datasetProperty().get();
        assertThat(dataset.sources()).singleElement().satisfies(s -> assertThat(s.title()).isEqualTo("Ann's diary"));
        assertThat(dataset.links().get(0).citations().get(0).sourceId()).isEqualTo(dataset.sources().get(0).id());

        viewModel.sourceTitleProperty().set("");
        tasks.runScheduled();
        assertThat(viewModel.check().getProblems()).extracting(ProblemRow::message).containsExactly("the quotes' source is not named");
    }

    @Test
    void aBadCellIsNamedByRowColumnAndHeaderAndNothingCanBeImported() throws Exception {
        Path sheet = dir.resolve("bad.csv");
        Files.writeString(sheet, "From,To,Channel,Channel type,Date\n"
                + "Ann Archer,Boris Brandt,The garden path,back-channel,1970\n"
                + "Ann Archer,Carol Chen,The pigeon loft,carrier-pigeon,1971\n");
        MappingViewModel viewModel = opened(sheet);
        viewModel.rowsAreEvidenceProperty().set(true);
        tasks.runScheduled();

        assertThat(viewModel.datasetProperty().get()).isNull();
        assertThat(viewModel.check().getProblems()).anySatisfy(p -> {
            assertThat(p.place()).isEqualTo(sheet + ":3:4");
            assertThat(p.where()).contains("row 3", "\"Channel type\"");
            assertThat(p.message()).contains("carrier-pigeon");
        });
        assertThat(viewModel.check().summaryProperty().get()).contains("nothing is written");
    }

    @Test
    void aSavedMappingIsTheOneTheCommandLineReads() throws Exception {
        Path sheet = dir.resolve("exchanges.csv");
        Files.writeString(sheet, "Who,To whom,Channel,Date\nAnn Archer,Boris Brandt,The garden path,1970\n");
        MappingViewModel viewModel = opened(sheet);
        viewModel.rowsAreEvidenceProperty().set(true);
        viewModel.datasetTitleProperty().set("Ann's notes");
        viewModel.channelTypeDefaultProperty().set("official-talks");
        tasks.runScheduled();
        Path mapping = dir.resolve("saved.mapping.json");

        viewModel.saveMapping(mapping);
        tasks.runScheduled();

        Dataset fromFile = new SheetReader().read(sheet, mapping);
        assertThat(fromFile.title()).isEqualTo("Ann's notes");
        assertThat(viewModel.datasetProperty().get().nodes()).isEqualTo(fromFile.nodes());
        assertThat(fromFile.nodes()).anyMatch(n -> n.channelType() != null && n.channelType().code().equals("official-talks"));
        assertThat(viewModel.mappingOriginProperty().get()).isEqualTo("saved.mapping.json, saved");
    }

    @Test
    void aMappingThatDoesNotReadIsRefusedWithItsPlaceAndTheDraftStays() throws Exception {
        Path sheet = ExampleSheet.copyTo(dir);
        MappingViewModel viewModel = opened(sheet);
        Path broken = dir.resolve("broken.mapping.json");
        Files.writeString(broken, "{\"format\": \"backchannel-mapping/1\",\n \"colums\": {}}\n");

        viewModel.loadMapping(broken);

        assertThat(viewModel.check().getProblems()).anySatisfy(p -> assertThat(p.place()).startsWith(broken + ":2:"));
        assertThat(field(viewModel, "from").columnProperty().get()).isEqualTo("Who");
    }

    @Test
    void aNodeSheetWithItsLinkSheetIsCheckedAsItsMappingSaysAndNotEditedFieldByField() throws Exception {
        Path nodes = dir.resolve("people.csv");
        Files.writeString(nodes, "Id,Label,Type,Category\nann,Ann Archer,actor,person\nletters,Ann's letters,channel,\nboris,Boris Brandt,actor,person\n");
        Files.writeString(dir.resolve("edges.csv"), "Source,Target,Kind,Via\nann,boris,spoke-with,letters\n");
        Files.writeString(dir.resolve("people.mapping.json"), """
                {"format": "backchannel-mapping/1", "sheet": "nodes",
                 "dataset": {"id": "people", "title": "People"},
                 "columns": {"id": "Id", "name": "Label", "kind": "Type", "category": "Category"},
                 "links": {"file": "edges.csv", "columns": {"from": "Source", "to": "Target", "type": "Kind", "channel": "Via"}},
                 "defaults": {"channelType": "back-channel", "secrecy": "secret"},
                 "rowsAreEvidence": true}
                """);

        MappingViewModel viewModel = opened(nodes);

        assertThat(viewModel.editableProperty().get()).isFalse();
        assertThat(viewModel.check().getProblems()).isEmpty();
        assertThat(viewModel.datasetProperty().get().nodes()).hasSize(Sheet.read(nodes).rowCount());
        assertThat(viewModel.datasetProperty().get().links()).singleElement()
                .satisfies(l -> assertThat(l.citations().get(0).quote()).isEqualTo("row 2 of " + dir.resolve("edges.csv")));
    }
}
