package org.backchannel.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.backchannel.dataset.DatasetException;
import org.backchannel.dataset.DatasetProblem;
import org.backchannel.dataset.DatasetReader;
import org.backchannel.dataset.MappingProposal;
import org.backchannel.dataset.SheetReader;
import org.backchannel.model.Dataset;
import org.backchannel.store.ConnectedStore;
import org.backchannel.store.ImportRefusedException;
import org.backchannel.store.ImportResult;
import org.backchannel.store.StorePreparation;
import org.backchannel.store.StoreUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code backchannel import FILE [--mapping MAPPING]}: checks a dataset (JSON, or a sheet through its
 * mapping) whole, then writes its contribution in one transaction, beside the other datasets.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a dataset into the store (NEO4J_URI, or the embedded store): a backchannel-dataset/2 "
                + "(or /1) JSON file, or a CSV/TSV sheet of exchanges (or of nodes, with its sheet of links) with --mapping.",
                "The file is checked whole first; a refused file changes nothing. Other datasets in the store are kept;"
                        + " importing a dataset again replaces only what it contributed.",
                "Creates the indexes and constraints Backchannel needs there first, and lists them."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:imported (or already up to date), or a mapping proposed",
                "2:the file was refused (or contradicts another dataset)", "3:the store could not be reached"})
public final class ImportCommand extends StoreCommand {

    static final int REFUSED = 2;

    @Parameters(paramLabel = "FILE", description = "the dataset (.json) or sheet (.csv, .tsv) to import")
    private Path file;

    @Option(names = "--mapping", paramLabel = "MAPPING",
            description = "the import specification that says which column of the sheet holds what (docs/spreadsheet-import.md)")
    private Path mapping;

    @Option(names = "--propose-mapping",
            description = "print a mapping guessed from the sheet's header row, to edit and pass to --mapping; imports nothing")
    private boolean proposeMapping;

    public ImportCommand() {
        this(System.getenv());
    }

    public ImportCommand(Map<String, String> environment) {
        super(environment);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Dataset dataset;
        try {
            if (proposeMapping) {
                MappingProposal.Proposal proposal = MappingProposal.propose(file);
                out.print(proposal.json());
                if (!proposal.unmapped().isEmpty()) {
                    err.println("Columns the proposal does not use: " + String.join(", ", proposal.unmapped()));
                }
                if (proposal.evidenceToChoose()) {
                    err.println("No column looks like a quote, so the evidence is yours to choose before importing: set "
                            + "\"rowsAreEvidence\": true to cite each row as \"row N of " + file.getFileName() + "\", or map the "
                            + "column that quotes a document and describe that document under \"sources\" (its id as defaults.source).");
                    err.println("Check the columns and pass the file to --mapping.");
                } else {
                    err.println("Check the columns, fill in the source document and pass the file to --mapping.");
                }
                return 0;
            }
            if (mapping == null && isSheet(file)) {
                err.printf("%s looks like a spreadsheet: import it with --mapping MAPPING.json "
                        + "(import --propose-mapping %s prints one to start from).%n", file, file);
                return REFUSED;
            }
            // Checked before the store starts: a bad file is refused in a second, not after the DBMS boots.
            dataset = mapping != null ? new SheetReader().read(file, mapping) : new DatasetReader().read(file);
        } catch (DatasetException e) {
            err.printf("%s was not imported; the store is unchanged. %d problem(s):%n", file, e.problems().size());
            for (DatasetProblem problem : e.problems()) {
                err.println("  " + problem);
            }
            return REFUSED;
        }
        try (ConnectedStore connected = ConnectedStore.fromEnvironment(environment, appHome())) {
            // Importing is asking to write: the indexes the import and browsing need come first, and the user is told.
            StorePreparation prepared = connected.prepare();
            if (!prepared.missing().isEmpty()) {
                out.printf("Created %d indexes and constraints Backchannel needs in %s:%n", prepared.missing().size(), connected.describe());
                prepared.missing().forEach(statement -> out.println("  " + statement));
            }
            ImportResult result = connected.store().importDataset(dataset);
            out.printf("Imported %s as dataset %s into %s: %d nodes, %d links, %d sources%s.%n", file, dataset.id(),
                    connected.describe(), result.nodes(), result.links(), result.sources(), removed(result));
            out.println(result.changed() > 0
                    ? "The store was updated: " + result.changed() + " elements changed."
                    : "The store already held exactly this dataset; nothing changed.");
            return 0;
        } catch (ImportRefusedException e) {
            err.println(e.getMessage());
            return REFUSED;
        } catch (StoreUnavailableException e) {
            err.println(e.getMessage());
            return UNAVAILABLE;
        }
    }

    private static boolean isSheet(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".tab");
    }

    private static String removed(ImportResult result) {
        if (result.removedNodes() == 0 && result.removedLinks() == 0) {
            return "";
        }
        return "; removed " + result.removedNodes() + " nodes and " + result.removedLinks()
                + " links that no dataset supports any more";
    }
}
