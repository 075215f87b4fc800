package org.backchannel.app.datasets;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.backchannel.app.task.BackgroundTasks;
import org.backchannel.app.task.TaskHandle;
import org.backchannel.dataset.MappingDraft;
import org.backchannel.dataset.Sheet;
import org.backchannel.dataset.SheetReader;
import org.backchannel.dataset.SourceTexts;
import org.backchannel.model.Dataset;

/**
 * Reads a whole sheet through a mapping in the background, as the command line would, and keeps
 * what it found: the problems with their places, or the dataset. A newer check drops the answer of
 * an older one still running.
 */
public final class SheetCheck {

    /** How the mapping is named in problems while it has no file of its own. */
    static final String UNSAVED_MAPPING = "the mapping (not saved)";

    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "Reading the sheet…");
    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ObservableList<ProblemRow> problems = FXCollections.observableArrayList();
    private final ObservableList<ProblemRow> problemsView = FXCollections.unmodifiableObservableList(problems);

    private final BackgroundTasks tasks;
    private TaskHandle running = TaskHandle.DONE;
    private int generation;

    SheetCheck(BackgroundTasks tasks) {
        this.tasks = tasks;
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** The share of the rows read so far, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** One sentence: checking, how many problems, or what the sheet gives. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    /** The problems the last check found, each with its file, row, column and the column's header. */
    public ObservableList<ProblemRow> getProblems() {
        return problemsView;
    }

    /** The mapping changed: what was checked no longer holds, and a check is coming. */
    void stale() {
        generation++;
        running.cancel();
        dataset.set(null);
        checking.set(true);
        progress.set(0);
        summary.set("Checking the sheet…");
    }

    /** Checks the sheet under a copy of the mapping; {@code mappingFile} is where source texts are found, when saved. */
    void run(Sheet sheet, MappingDraft mapping, Path mappingFile) {
        int mine = ++generation;
        checking.set(true);
        String name = mappingFile == null ? UNSAVED_MAPPING : mappingFile.toString();
        Path besides = mappingFile == null ? sheet.file() : mappingFile;
        SourceTexts texts = SourceTexts.nextTo(besides);
        Path folder = besides.toAbsolutePath().getParent();
        AtomicReference<Double> latest = new AtomicReference<>(0.0);
        AtomicBoolean posted = new AtomicBoolean();
        running = tasks.run(() -> new SheetReader().read(sheet, name, mapping.json(), texts, folder, (done, total) -> {
            latest.set(done / (double) total);
            // One progress update waits on the UI thread at a time, however fast the rows go.
            if (posted.compareAndSet(false, true)) {
                tasks.schedule(Duration.ZERO, () -> {
                    posted.set(false);
                    if (mine == generation) {
                        progress.set(latest.get());
                    }
                });
            }
        }), read -> {
            if (mine == generation) {
                problems.clear();
                dataset.set(read);
                progress.set(1);
                checking.set(false);
                summary.set("No problems: " + sheet.rowCount() + " rows give " + read.nodes().size() + " nodes, "
                        + read.links().size() + " links and " + read.sources().size() + " sources.");
            }
        }, problem -> {
            if (mine == generation) {
                failed(problem);
            }
        });
    }

    /** The sheet or a mapping could not be read, or the sheet has problems under the mapping: nothing can be imported. */
    void failed(Throwable problem) {
        dataset.set(null);
        problems.setAll(ProblemRow.of(problem));
        checking.set(false);
        progress.set(0);
        summary.set((problems.size() == 1 ? "1 problem" : problems.size() + " problems")
                + " to fix before the sheet can be imported; nothing is written until there are none.");
    }
}
