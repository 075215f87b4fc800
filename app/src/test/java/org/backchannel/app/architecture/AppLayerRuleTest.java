package org.backchannel.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The app's side of docs/architecture.md: view-models hold state and commands, never controls; the
 * command line needs no toolkit.
 */
@AnalyzeClasses(packages = "org.backchannel.app", importOptions = ImportOption.DoNotIncludeTests.class)
class AppLayerRuleTest {

    @ArchTest
    static final ArchRule viewModelsNeverTouchTheSceneGraph = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..")
            .because("view-models are tested without a toolkit; views build and bind the controls");

    @ArchTest
    static final ArchRule viewModelsReachNeo4jOnlyThroughTheStore = noClasses().that().resideInAPackage("org.backchannel.app..")
            .should().dependOnClassesThat().resideInAnyPackage("org.neo4j..")
            .because("all store access goes through graph-model's GraphStore");

    @ArchTest
    static final ArchRule featurePackagesFormNoCycle = slices().matching("org.backchannel.app.(*)..").should().beFreeOfCycles()
            .because("panes talk through the exploration, not to each other; the main window composes them");

    @ArchTest
    static final ArchRule theCommandLineNeedsNoToolkit = noClasses().that().resideInAPackage("org.backchannel.app.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("export and import run headless, on machines with no display");

    @ArchTest
    static final ArchRule theDesktopCheckNeedsNoToolkit = noClasses().that().resideInAPackage("org.backchannel.app.launch..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("it says what is missing when JavaFX itself cannot load");
}
