package org.answerable.ops;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files the app keeps beside its database in the data directory (reply attachments today), so
 * a backup restores them with the rows that point at them. Left out: the database files, which
 * the H2 snapshot already holds, and earlier backups.
 */
final class DataDirectoryFiles {

    private DataDirectoryFiles() {
    }

    /**
     * Copies the files into the zip at their paths relative to the data directory. Files are
     * written before the rows that name them and never changed afterwards, so copying them after
     * the database snapshot takes in every file that snapshot refers to.
     */
    static void addTo(Path zip, Path dataDir, String backupFolderName) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dataDir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(file -> !isDatabaseFile(dataDir, file))
                    .filter(file -> !file.startsWith(dataDir.resolve(backupFolderName)))
                    .toList();
        }
        if (files.isEmpty()) {
            return;
        }
        try (FileSystem zipContents = FileSystems.newFileSystem(zip)) {
            for (Path file : files) {
                Path entry = zipContents.getPath(dataDir.relativize(file).toString());
                if (entry.getParent() != null) {
                    Files.createDirectories(entry.getParent());
                }
                Files.copy(file, entry);
            }
        }
    }

    /** answerable.mv.db and H2's companions (trace, lock, temp files) sit at the top level. */
    private static boolean isDatabaseFile(Path dataDir, Path file) {
        return file.getParent().equals(dataDir) && file.getFileName().toString().startsWith("answerable.");
    }
}
