package org.answerable.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A team's records keep a history unless there is a reason not to: a new entity holding team data
 * (answers, reviews, campaigns…) is audited as soon as it implements {@link Audited}, and this
 * test reminds whoever adds one.
 */
class AuditCoverageTest {

    /** Team data that is not part of a request's story, with the reason. */
    private static final Set<String> NOT_AUDITED = Set.of(
            "org.answerable.calendar.CalendarFeed", // a private subscription link: only its hash is kept
            "org.answerable.api.ApiToken", // a personal credential, not team data: only its hash is kept
            "org.answerable.audit.AuditEntry", // the history itself, never edited
            "org.answerable.request.IndexedWord", // a read-only view of the search index, derived from the request
            "org.answerable.inbox.MailboxCheck"); // when the team's mailbox was last read: the poller's bookkeeping

    @Test
    void every_entity_holding_a_teams_data_keeps_a_history() {
        List<JavaClass> teamEntities = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.answerable").stream()
                .filter(c -> c.isAnnotatedWith(Entity.class))
                .filter(c -> c.getAllFields().stream().anyMatch(f -> f.getName().equals("teamId")))
                .filter(c -> !NOT_AUDITED.contains(c.getName()))
                .toList();

        assertThat(teamEntities).extracting(JavaClass::getSimpleName).contains("FoiRequest", "Question", "RequestEvent",
                "Reply", "Attachment");
        assertThat(teamEntities).allSatisfy(entity -> assertThat(entity.isAssignableTo(Audited.class))
                .as(entity.getSimpleName() + " implements Audited").isTrue());
    }
}
