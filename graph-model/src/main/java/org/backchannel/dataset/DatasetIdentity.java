package org.backchannel.dataset;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.json.ProblemLog;
import org.backchannel.model.Dataset;

/**
 * A dataset's id and the datasets it revises. A {@code backchannel-dataset/2} file names them; a
 * {@code /1} file has neither, and takes its id from its file name, so that importing the same file
 * again replaces what it wrote before.
 */
record DatasetIdentity(String id, List<String> revises) {

    static DatasetIdentity check(DatasetJson json, String fileName, ProblemLog log, FieldChecks check) {
        if (Dataset.FORMAT_1.equals(json.format())) {
            if (json.id() != null || json.revises() != null) {
                log.add(json.id() != null ? "/id" : "/revises", "a " + Dataset.FORMAT_1 + " file has no id or revises",
                        "write \"format\": \"" + Dataset.FORMAT + "\" to give the dataset an id");
            }
            return new DatasetIdentity(Dataset.slugOf(baseName(fileName)), List.of());
        }
        String id = check.slug(json.id(), "/id");
        List<String> revises = new ArrayList<>();
        if (json.revises() != null) {
            for (int i = 0; i < json.revises().size(); i++) {
                String revised = check.slug(json.revises().get(i), "/revises/" + i);
                if (revised != null && revised.equals(id)) {
                    log.add("/revises/" + i, "a dataset cannot revise itself", "name the other dataset whose facts this one corrects");
                } else if (revised != null) {
                    revises.add(revised);
                }
            }
        }
        return new DatasetIdentity(id, revises);
    }

    private static String baseName(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
