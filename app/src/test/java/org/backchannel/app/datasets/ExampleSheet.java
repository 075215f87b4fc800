package org.backchannel.app.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled example sheet, its mapping and the source text it quotes, copied from the data module into a folder. */
final class ExampleSheet {

    static final String SHEET = "article-exchanges.csv";
    static final String MAPPING = "article-exchanges.mapping.json";
    private static final String FOLDER = "org/backchannel/data/";
    private static final String SOURCE = "sources/back-channel-to-moscow.txt";

    private ExampleSheet() {
    }

    /** @return the sheet's path; its mapping and source text lie beside it as in the data module */
    static Path copyTo(Path folder) throws IOException {
        for (String name : new String[] {SHEET, MAPPING, SOURCE}) {
            Path target = folder.resolve(name);
            Files.createDirectories(target.getParent());
            try (InputStream in = ExampleSheet.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
                if (in == null) {
                    throw new IOException("the data module has no " + name);
                }
                Files.copy(in, target);
            }
        }
        return folder.resolve(SHEET);
    }
}
