package org.answerable;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the package-by-feature layout honest as the product grows. */
class ArchitectureTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.answerable");

    private static final String[] FRAMEWORKS = {"org.springframework..", "jakarta..", "com.vaadin..",
            "org.hibernate..", "tools.jackson..", "com.fasterxml.."};

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching("org.answerable.(*)..").should().beFreeOfCycles().check(APP);
    }

    @Test
    void the_statutory_deadline_rules_are_plain_java() {
        noClasses().that().resideInAPackage("org.answerable.deadline")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(APP);
    }

    @Test
    void the_reply_rules_and_paste_assistant_are_plain_java() {
        noClasses().that().resideInAPackage("org.answerable.reply")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(APP);
    }

    @Test
    void the_question_splitter_and_request_rules_are_plain_java() {
        noClasses().that().haveSimpleName("QuestionSplitter").or().haveSimpleName("RequestRules")
                .or().haveSimpleName("ProposedQuestion")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(APP);
    }

    @Test
    void the_mail_rules_are_plain_java() {
        noClasses().that().haveSimpleName("MailSecretCipher").or().haveSimpleName("ReplyAddress")
                .or().haveSimpleName("SubjectTag").or().haveSimpleName("RequestLetter")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(APP);
    }

    @Test
    void the_spreadsheet_import_rules_are_plain_java() {
        noClasses().that().resideInAPackage("org.answerable.importing")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(APP);
    }

    @Test
    void only_ui_packages_use_vaadin_components() {
        noClasses().that().resideOutsideOfPackages("..ui..", "org.answerable")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin.flow.component..")
                .check(APP);
    }

    @Test
    void views_reach_data_through_services_not_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(APP);
    }

    @Test
    void repositories_stay_inside_their_feature() {
        classes().that().haveSimpleNameEndingWith("Repository").should().notBePublic().check(APP);
    }
}
