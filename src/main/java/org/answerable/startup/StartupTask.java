package org.answerable.startup;

/**
 * Work that must be done before the app answers its first request, such as filling an empty
 * database with the first administrator or the bank holidays every deadline is counted with.
 * Tasks run in their {@code @Order}; one that throws stops the start.
 */
public interface StartupTask {

    void run() throws Exception;
}
