package org.answerable.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.answerable.account.Role;
import org.answerable.account.SignedInUser;
import org.answerable.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Backs up the embedded H2 database while the app keeps running. H2's {@code BACKUP TO} copies the
 * store together with its transaction log, so the zip holds a consistent, committed state even
 * while people are saving; the attachment files from the data directory go into the same zip.
 * To restore: stop the app and unzip the file into the data directory. PostgreSQL has its own
 * tools (pg_dump, pg_restore), so there this service refuses.
 */
@Service
public class BackupService {

    static final String BACKUP_FOLDER = "backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Logger log = LoggerFactory.getLogger(BackupService.class);

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Path dataDir;
    private final Path backupFolder;

    BackupService(JdbcTemplate jdbc, CurrentUser currentUser, Clock clock,
            @Value("${answerable.data-dir}") String dataDir) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
        this.dataDir = Path.of(dataDir).toAbsolutePath().normalize();
        this.backupFolder = this.dataDir.resolve(BACKUP_FOLDER);
    }

    /** Writes {@code <data-dir>/backups/answerable-<yyyyMMdd-HHmmss>.zip} and returns its path. */
    public Path backUpNow() {
        requireAdmin();
        requireEmbeddedFileDatabase();
        Path target = backupFolder.resolve("answerable-" + STAMP.format(LocalDateTime.now(clock)) + ".zip");
        if (Files.exists(target)) {
            throw new BackupRefusedException("A backup was taken this very second. Try again in a moment.");
        }
        try {
            Files.createDirectories(backupFolder);
            // BACKUP takes no bind parameters; the path is ours, and quotes are doubled as SQL requires.
            jdbc.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
            DataDirectoryFiles.addTo(target, dataDir, BACKUP_FOLDER);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the backup " + target, e);
        }
        log.info("Database backed up to {}", target);
        return target;
    }

    private SignedInUser requireAdmin() {
        SignedInUser user = currentUser.require();
        if (user.role() != Role.ADMIN) {
            throw new AccessDeniedException("Only an administrator can back up the database");
        }
        return user;
    }

    private void requireEmbeddedFileDatabase() {
        String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        if ("PostgreSQL".equals(product)) {
            throw new BackupRefusedException("Answerable is running on PostgreSQL: back it up on the database "
                    + "server with pg_dump, and restore with pg_restore (README, \"Backups\").");
        }
        if (!"H2".equals(product)) {
            throw new BackupRefusedException("Backups from here work only for the embedded H2 database, not "
                    + product + ". Use your database's own backup tools.");
        }
        if (jdbc.queryForObject("select database_path()", String.class) == null) {
            throw new BackupRefusedException("This database is held in memory only (a test setup), "
                    + "so there is no file to back up.");
        }
    }
}
