package org.answerable.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.answerable.Application;
import org.answerable.authority.AuthorityService;
import org.answerable.request.FoiRequest;
import org.answerable.request.QuestionDraft;
import org.answerable.request.RequestDraft;
import org.answerable.request.RequestFilter;
import org.answerable.request.RequestService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The README's restore, for real: back up a running app, unzip into a new data directory, start on it. */
class BackupRestoreIT {

    @TempDir Path dataDir;
    @TempDir Path restoredDataDir;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_backup_unzipped_into_an_empty_data_directory_brings_back_the_requests_it_held() throws IOException {
        Path backup;
        try (ConfigurableApplicationContext app = start(dataDir)) {
            signInAsFirstAdmin();
            RequestService requests = app.getBean(RequestService.class);
            requests.create(draft(app, "Kept in the backup"));
            Files.createDirectories(dataDir.resolve("attachments/1"));
            Files.writeString(dataDir.resolve("attachments/1/letter.bin"), "Dear campaigner");
            backup = app.getBean(BackupService.class).backUpNow();
            requests.create(draft(app, "Made after the backup"));
        }
        assertThat(backup.getParent()).isEqualTo(dataDir.resolve("backups"));
        assertThat(backup.getFileName().toString()).matches("answerable-\\d{8}-\\d{6}\\.zip");

        unzip(backup, restoredDataDir);

        try (ConfigurableApplicationContext app = start(restoredDataDir)) {
            signInAsFirstAdmin();
            List<FoiRequest> found = app.getBean(RequestService.class)
                    .list(RequestFilter.none(), PageRequest.of(0, 10)).getContent();
            assertThat(found).extracting(FoiRequest::getTitle).containsExactly("Kept in the backup");
        }
        assertThat(restoredDataDir.resolve("attachments/1/letter.bin")).as("attachment files come back too")
                .hasContent("Dear campaigner");
        assertThat(restoredDataDir.resolve("backups")).as("no backups inside backups").doesNotExist();
    }

    private static RequestDraft draft(ConfigurableApplicationContext app, String title) {
        RequestDraft draft = new RequestDraft();
        draft.setTitle(title);
        draft.setAuthority(app.getBean(AuthorityService.class).findByCode("LCE").orElseThrow());
        draft.setRegime(draft.getAuthority().getDefaultRegime());
        draft.setDateSent(LocalDate.of(2025, 6, 27));
        draft.setQuestions(List.of(new QuestionDraft("1", "How many cases?")));
        return draft;
    }

    /** Command-line arguments, because they outrank application.properties as the app would see them. */
    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(Application.class)
                .run("--answerable.data-dir=" + dataDir, "--server.port=0",
                        "--answerable.admin.password=backup-test-admin", "--spring.main.banner-mode=off");
    }

    /** The administrator FirstRunSetup creates on the first start; only administrators back up. */
    private static void signInAsFirstAdmin() {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("admin", null, List.of()));
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                Path target = into.resolve(entry.getName()).normalize();
                assertThat(target).as("zip entry stays inside the data directory").startsWithRaw(into);
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entries, target);
                }
            }
        }
    }
}
