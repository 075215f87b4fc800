package org.backchannel.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The layer rule of docs/architecture.md: app → graph-model, and inside graph-model store → dataset → model. */
@AnalyzeClasses(packages = "org.backchannel", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRuleTest {

    @ArchTest
    static final ArchRule graphModelNeverUsesJavaFx = noClasses().that().resideInAPackage("org.backchannel..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("graph-model is plain Java; only the app draws");

    @ArchTest
    static final ArchRule graphModelNeverUsesTheApp = noClasses().that().resideInAPackage("org.backchannel..")
            .should().dependOnClassesThat().resideInAPackage("org.backchannel.app..")
            .because("layers point one way: app → graph-model");

    @ArchTest
    static final ArchRule theModelStandsAlone = noClasses().that().resideInAPackage("org.backchannel.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.backchannel.dataset..", "org.backchannel.store..",
                    "org.neo4j..", "com.fasterxml..")
            .because("domain types are plain data that every layer shares");

    @ArchTest
    static final ArchRule readingADatasetNeverTouchesAStore = noClasses().that().resideInAPackage("org.backchannel.dataset..")
            .should().dependOnClassesThat().resideInAnyPackage("org.backchannel.store..", "org.neo4j..")
            .because("a file is checked whole before anything is written");

    @ArchTest
    static final ArchRule layoutAndDrawingNeverSeeTheStore = noClasses().that()
            .resideInAnyPackage("org.backchannel.layout..", "org.backchannel.render..", "org.backchannel.interchange..")
            .should().dependOnClassesThat().resideInAnyPackage("org.backchannel.store..", "org.neo4j..")
            .because("layouts, painters and graph-file writers are pure code over plain data, so that exports and tests need no store");

    @ArchTest
    static final ArchRule theExplorationKnowsNoStoreConnection = noClasses().that().resideInAPackage("org.backchannel.exploration..")
            .should().dependOnClassesThat().resideInAnyPackage("org.backchannel.store.neo4j..", "org.backchannel.store.embedded..", "org.neo4j..")
            .because("the exploration is given what the store answered; undo and redo never ask it again");

    @ArchTest
    static final ArchRule aSessionFileIsPlainData = noClasses().that().resideInAPackage("org.backchannel.session..")
            .should().dependOnClassesThat().resideInAnyPackage("org.backchannel.store..", "org.neo4j..", "org.backchannel.layout..",
                    "org.backchannel.render..", "org.backchannel.analysis..")
            .because("a session is read, checked and reconciled without a store, a toolkit or an exploration model");

    @ArchTest
    static final ArchRule aPerspectiveIsPlainData = noClasses().that().resideInAPackage("org.backchannel.perspective..")
            .should().dependOnClassesThat().resideInAnyPackage("org.backchannel.store..", "org.neo4j..", "org.backchannel.layout..",
                    "org.backchannel.render..", "org.backchannel.exploration..")
            .because("a perspective is proposed, checked, read and applied to plain labels and property maps; the store hands it those");

    @Test
    void javaFxIsNotEvenOnTheClasspath() {
        assertThatThrownBy(() -> Class.forName("javafx.application.Platform")).isInstanceOf(ClassNotFoundException.class);
    }
}
