package io.lockstep.ui.view.layout;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The graph layout is a pure function, testable and usable without a screen: no JavaFX in it. */
class LayoutIsPlainJavaTest {
    @Test
    void theLayoutPackageUsesNoJavaFx() {
        noClasses().that().resideInAPackage("io.lockstep.ui.view.layout..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.lockstep.ui.view.layout"));
    }
}
