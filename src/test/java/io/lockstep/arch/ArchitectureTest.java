package io.lockstep.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of architecture.md: only {@code ui} may touch JavaFX, and dependencies follow the arrows. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.lockstep");
    }

    @Test
    void onlyTheUiTouchesJavaFx() {
        noClasses().that().resideOutsideOfPackage("io.lockstep.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..", "org.fxmisc..", "org.reactfx..")
                .check(classes);
    }

    @Test
    void theModelDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("io.lockstep.model..")
                .should().dependOnClassesThat().resideInAnyPackage("io.lockstep.lang..", "io.lockstep.engine..",
                        "io.lockstep.explore..", "io.lockstep.event..", "io.lockstep.trace..", "io.lockstep.cli..",
                        "io.lockstep.ui..", "io.lockstep.promela..")
                .check(classes);
    }

    @Test
    void theLanguageKnowsOnlyTheModel() {
        noClasses().that().resideInAPackage("io.lockstep.lang..")
                .should().dependOnClassesThat().resideInAnyPackage("io.lockstep.engine..", "io.lockstep.explore..",
                        "io.lockstep.event..", "io.lockstep.trace..", "io.lockstep.cli..", "io.lockstep.ui..",
                        "io.lockstep.promela..")
                .check(classes);
    }

    @Test
    void eventsAreLeaves() {
        noClasses().that().resideInAPackage("io.lockstep.event..")
                .should().dependOnClassesThat().resideInAnyPackage("io.lockstep.lang..", "io.lockstep.engine..",
                        "io.lockstep.explore..", "io.lockstep.trace..", "io.lockstep.cli..", "io.lockstep.ui..",
                        "io.lockstep.promela..")
                .check(classes);
    }

    @Test
    void theEngineDoesNotKnowWhoDrivesIt() {
        noClasses().that().resideInAPackage("io.lockstep.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("io.lockstep.lang..", "io.lockstep.explore..",
                        "io.lockstep.trace..", "io.lockstep.cli..", "io.lockstep.ui..", "io.lockstep.promela..")
                .check(classes);
    }

    @Test
    void runsAndExplorationDoNotKnowTheCommandLineOrTheWindow() {
        noClasses().that().resideInAnyPackage("io.lockstep.explore..", "io.lockstep.trace..")
                .should().dependOnClassesThat().resideInAnyPackage("io.lockstep.cli..", "io.lockstep.ui..")
                .check(classes);
    }

    /**
     * The Promela translator reads the compiled program and nothing that runs or shows it: what it
     * writes follows the engine's code, never the explorer's results.
     */
    @Test
    void thePromelaTranslatorKnowsOnlyTheEngineAndTheModel() {
        noClasses().that().resideInAPackage("io.lockstep.promela..")
                .should().dependOnClassesThat().resideInAnyPackage("io.lockstep.lang..", "io.lockstep.explore..",
                        "io.lockstep.trace..", "io.lockstep.cli..", "io.lockstep.ui..", "io.lockstep.share..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("io.lockstep.(*)..").should().beFreeOfCycles().check(classes);
    }
}
