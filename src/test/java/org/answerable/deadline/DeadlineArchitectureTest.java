package org.answerable.deadline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The statutory rules stay plain Java (STYLE.md "Domain first"); adapters live in sub-packages. */
class DeadlineArchitectureTest {

    @Test
    void deadline_rules_use_no_framework() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.answerable.deadline");

        noClasses().that().resideInAPackage("org.answerable.deadline")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "com.vaadin..",
                        "tools.jackson..", "com.fasterxml.jackson..")
                .check(classes);
    }
}
