package org.backchannel.app.datasets;

import java.nio.file.Files;
import java.nio.file.Path;
import org.backchannel.dataset.DatasetException;
import org.backchannel.dataset.MappingDraft;
import org.backchannel.dataset.Sheet;

/**
 * A sheet read for the mapping dialog, with the mapping to start from: the one saved beside it as
 * {@code NAME.mapping.json} (the bundled example keeps its mapping so), else one proposed from its header row.
 *
 * @param from   the mapping's file, or null when it was proposed
 * @param origin how the dialog names where the mapping came from
 */
record OpenedSheet(Sheet sheet, MappingDraft draft, Path from, String origin) {

    static OpenedSheet open(Path file) throws DatasetException {
        Sheet read = Sheet.read(file);
        Path beside = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".mapping.json");
        if (!Files.isRegularFile(beside)) {
            return new OpenedSheet(read, MappingDraft.proposedFor(read), null, "proposed from the header row; check each column");
        }
        try {
            return new OpenedSheet(read, MappingDraft.read(beside), beside, "the mapping beside the sheet");
        } catch (DatasetException e) {
            return new OpenedSheet(read, MappingDraft.proposedFor(read), null, "proposed from the header row ("
                    + beside.getFileName() + " beside the sheet was not read: " + e.problems().get(0).message() + ")");
        }
    }
}
