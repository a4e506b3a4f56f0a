package org.answerable.ops.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.answerable.account.Role;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Backups need a database file, so this test runs the app on an embedded H2 file database of its own. */
@IntegrationTest
@ViewPackages(packages = "org.answerable")
class BackupViewTest extends SpringBrowserlessTest {

    private static final Path DATA_DIR = newDataDir();

    @Autowired TestUsers users;

    @DynamicPropertySource
    static void fileDatabase(DynamicPropertyRegistry registry) {
        registry.add("answerable.data-dir", DATA_DIR::toString);
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATA_DIR.resolve("answerable"));
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void an_administrator_backs_up_and_is_told_where_the_file_is() throws IOException {
        users.signInNew(Role.ADMIN);
        BackupView view = navigate(BackupView.class);

        test(view.backUpNow).click();

        String shown = view.result.getText();
        assertThat(shown).startsWith("Backup written to ");
        Path file = Path.of(shown.substring("Backup written to ".length()));
        assertThat(file.getParent()).isEqualTo(DATA_DIR.resolve("backups"));
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(zip.getEntry("answerable.mv.db")).as("the database file, ready to unzip").isNotNull();
        }
        assertThat(view.backUpNow.isEnabled()).as("ready for the next backup").isTrue();
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Backup");
    }

    @Test
    void a_member_neither_sees_nor_opens_the_backup_page() {
        users.signInNew(Role.MEMBER);

        navigate("requests", Component.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .contains("Requests").doesNotContain("Backup");

        Component shown = navigate("admin/backup", Component.class);
        assertThat(shown).isNotInstanceOf(BackupView.class);
    }

    private static Path newDataDir() {
        try {
            Path target = Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(target, "backup-view-test").toAbsolutePath();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
