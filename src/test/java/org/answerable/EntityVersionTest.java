package org.answerable;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import org.junit.jupiter.api.Test;

/**
 * Every record people can edit carries a version, so a save based on what someone saw before
 * another person's save is refused instead of silently overwriting it.
 */
class EntityVersionTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.answerable");

    @Test
    void every_editable_entity_carries_a_version() {
        classes().that().areAnnotatedWith(Entity.class)
                // written once and never changed: the history itself and the record of logins; and a
                // read-only view of the search index, which the request it belongs to keeps
                .and().doNotHaveSimpleName("AuditEntry").and().doNotHaveSimpleName("LoginAttempt")
                .and().doNotHaveSimpleName("IndexedWord")
                .should(haveAVersionField())
                .check(APP);
    }

    private static ArchCondition<JavaClass> haveAVersionField() {
        return new ArchCondition<>("have a @Version field") {
            @Override
            public void check(JavaClass entity, ConditionEvents events) {
                boolean versioned = entity.getAllFields().stream().anyMatch(f -> f.isAnnotatedWith(Version.class));
                events.add(new SimpleConditionEvent(entity, versioned, entity.getSimpleName() + " has no @Version field"));
            }
        };
    }
}
