package org.backchannel.app.datasets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.backchannel.app.task.BackgroundTasks;
import org.backchannel.app.task.TaskHandle;
import org.backchannel.dataset.MappingDraft;
import org.backchannel.dataset.Sheet;
import org.backchannel.model.Dataset;

/**
 * The mapping dialog of a spreadsheet: the sheet read once, a mapping (found beside the sheet,
 * loaded, or proposed from its header row) the user corrects field by field, the first rows as the
 * mapping reads them, and the problems the whole sheet has under the mapping, checked in the
 * background a moment after each change exactly as {@code import --mapping} would check it.
 */
public final class MappingViewModel {

    /** The pause after a change before the sheet is checked again, so that typing a title does not start a check per key. */
    static final Duration CHECK_DELAY = Duration.ofMillis(400);
    public static final int PREVIEW_ROWS = 8;
    /** The fields the preview shows for each row. */
    public static final List<String> PREVIEW_FIELDS =
            List.of("from", "to", "date", "start", "end", "channel", "channelType", "secrecy", "outcome", "quote", "source");

    private final ReadOnlyStringWrapper sheetName = new ReadOnlyStringWrapper(this, "sheetName", "");
    private final ReadOnlyStringWrapper mappingOrigin = new ReadOnlyStringWrapper(this, "mappingOrigin", "");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable", true);
    private final ObservableList<String> headers = FXCollections.observableArrayList();
    private final ObservableList<MappingField> fields = FXCollections.observableArrayList();
    private final StringProperty datasetId = new SimpleStringProperty(this, "datasetId", "");
    private final StringProperty datasetTitle = new SimpleStringProperty(this, "datasetTitle", "");
    private final StringProperty sourceTitle = new SimpleStringProperty(this, "sourceTitle", "");
    private final StringProperty channelTypeDefault = new SimpleStringProperty(this, "channelTypeDefault", "");
    private final StringProperty secrecyDefault = new SimpleStringProperty(this, "secrecyDefault", "");
    private final BooleanProperty rowsAreEvidence = new SimpleBooleanProperty(this, "rowsAreEvidence");
    private final ReadOnlyBooleanWrapper evidenceToChoose = new ReadOnlyBooleanWrapper(this, "evidenceToChoose");
    private final ObservableList<List<String>> preview = FXCollections.observableArrayList();
    private final SheetCheck check;

    private final BackgroundTasks tasks;
    private final Path file;
    private Sheet sheet;
    private MappingDraft draft;
    private Path mappingFile;
    private boolean filling;
    private TaskHandle pending = TaskHandle.DONE;

    public MappingViewModel(BackgroundTasks tasks, Path sheetFile) {
        this.tasks = tasks;
        this.file = sheetFile;
        this.check = new SheetCheck(tasks);
        sheetName.set(sheetFile.getFileName().toString());
        for (String field : MappingDraft.FIELDS) {
            MappingField row = new MappingField(field);
            row.columnProperty().addListener((obs, old, now) -> edited(() -> draft.setColumn(field, now)));
            fields.add(row);
        }
        follow(datasetId, now -> draft.setDatasetId(now));
        follow(datasetTitle, now -> draft.setDatasetTitle(now));
        follow(sourceTitle, now -> draft.setSourceTitle(now));
        follow(channelTypeDefault, now -> draft.setDefault("channelType", now));
        follow(secrecyDefault, now -> draft.setDefault("secrecy", now));
        rowsAreEvidence.addListener((obs, old, now) -> edited(() -> draft.setRowsAreEvidence(now)));
        MappingField quote = fields.stream().filter(f -> f.field().equals("quote")).findFirst().orElseThrow();
        evidenceToChoose.bind(ready.and(editable).and(quote.columnProperty().isEmpty()).and(rowsAreEvidence.not()));
    }

    // Properties

    public ReadOnlyStringProperty sheetNameProperty() {
        return sheetName.getReadOnlyProperty();
    }

    /** Where the mapping came from: found beside the sheet, loaded, saved, or proposed from the header row. */
    public ReadOnlyStringProperty mappingOriginProperty() {
        return mappingOrigin.getReadOnlyProperty();
    }

    /** True once the sheet is read and a mapping is there to edit. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /**
     * Whether the form edits this mapping: an exchange sheet's. A node sheet's mapping (with its link
     * sheet) is checked as loaded; its file is edited as text.
     */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /** The sheet's headers, after "" (no column), for choosing a field's column. */
    public ObservableList<String> getHeaders() {
        return headers;
    }

    public ObservableList<MappingField> getFields() {
        return fields;
    }

    public StringProperty datasetIdProperty() {
        return datasetId;
    }

    public StringProperty datasetTitleProperty() {
        return datasetTitle;
    }

    /** The title of the document the quotes come from (the mapping's first source). */
    public StringProperty sourceTitleProperty() {
        return sourceTitle;
    }

    /** The channel type of rows whose channel-type cell is blank or unmapped. */
    public StringProperty channelTypeDefaultProperty() {
        return channelTypeDefault;
    }

    public StringProperty secrecyDefaultProperty() {
        return secrecyDefault;
    }

    /** Whether the sheet itself is the evidence for rows without a quote (each cited as "row N of FILE"). */
    public BooleanProperty rowsAreEvidenceProperty() {
        return rowsAreEvidence;
    }

    /** True while an exchange mapping has no quote column nor says the sheet is its own evidence: the analyst must choose. */
    public ReadOnlyBooleanProperty evidenceToChooseProperty() {
        return evidenceToChoose.getReadOnlyProperty();
    }

    /** The first rows, one value per {@link #PREVIEW_FIELDS} field, as the mapping reads them (defaults filled in). */
    public ObservableList<List<String>> getPreview() {
        return preview;
    }

    /** The check of the whole sheet under the mapping: its problems, progress and the dataset it gives. */
    public SheetCheck check() {
        return check;
    }

    /** The dataset the sheet gives under the current mapping, checked whole; null while checking or when it has problems. */
    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return check.datasetProperty();
    }

    // Commands

    /** Reads the sheet in the background, then takes the mapping beside it ({@code NAME.mapping.json}) or proposes one. */
    public void open() {
        tasks.run(() -> OpenedSheet.open(file), opened -> {
            sheet = opened.sheet();
            headers.setAll(java.util.stream.Stream.concat(java.util.stream.Stream.of(""), sheet.header().stream().map(String::strip))
                    .toList());
            use(opened.draft(), opened.from(), opened.origin());
            ready.set(true);
        }, check::failed);
    }

    /** Replaces the mapping with one read from a file, as strictly as {@code import --mapping} reads it. */
    public void loadMapping(Path mapping) {
        tasks.run(() -> MappingDraft.read(mapping), loaded -> use(loaded, mapping, "loaded"), check::failed);
    }

    /** Saves the mapping as its JSON file, for the next sheet of the same shape and for {@code import --mapping}. */
    public void saveMapping(Path mapping) {
        byte[] json = draft.json();
        tasks.run(() -> Files.write(mapping, json), saved -> {
            mappingFile = mapping;
            mappingOrigin.set(mapping.getFileName() + ", saved");
            checkSoon(Duration.ZERO);
        }, check::failed);
    }

    private void use(MappingDraft loaded, Path from, String origin) {
        draft = loaded;
        mappingFile = from;
        editable.set(loaded.ofExchanges());
        mappingOrigin.set((from == null ? origin : from.getFileName() + ", " + origin)
                + (loaded.ofExchanges() ? "" : " (a node sheet and its link sheet: checked as the file says; edit the file to change it)"));
        filling = true;
        try {
            fields.forEach(f -> f.columnProperty().set(orNone(draft.column(f.field()))));
            datasetId.set(orNone(draft.datasetId()));
            datasetTitle.set(orNone(draft.datasetTitle()));
            sourceTitle.set(orNone(draft.sourceTitle()));
            channelTypeDefault.set(orNone(draft.defaultValue("channelType")));
            secrecyDefault.set(orNone(draft.defaultValue("secrecy")));
            rowsAreEvidence.set(draft.rowsAreEvidence());
        } finally {
            filling = false;
        }
        refreshPreview();
        checkSoon(Duration.ZERO);
    }

    private void follow(ObservableValue<String> property, java.util.function.Consumer<String> apply) {
        property.addListener((obs, old, now) -> edited(() -> apply.accept(now)));
    }

    private void edited(Runnable change) {
        if (filling || draft == null) {
            return;
        }
        change.run();
        refreshPreview();
        checkSoon(CHECK_DELAY);
    }

    private void checkSoon(Duration delay) {
        pending.cancel();
        check.stale();
        MappingDraft snapshot = draft.copy();
        Path mapping = mappingFile;
        pending = tasks.schedule(delay, () -> check.run(sheet, snapshot, mapping));
    }

    private void refreshPreview() {
        List<String> header = sheet.header();
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : sheet.firstRows(PREVIEW_ROWS)) {
            rows.add(PREVIEW_FIELDS.stream().map(f -> orNone(draft.valueIn(header, row, f))).toList());
        }
        preview.setAll(rows);
    }

    private static String orNone(String value) {
        return value == null ? "" : value;
    }
}
