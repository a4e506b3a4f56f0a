package org.answerable.startup;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link StartupTask} just before the web server opens its port, so that no request
 * meets a half-started app (an ApplicationRunner runs after the port is open: for about a second
 * the deadline API answered "no bank holidays are known" while the holidays were being loaded).
 */
@Component
class StartupTasks implements SmartLifecycle {

    private final ObjectProvider<StartupTask> tasks;
    private boolean done;
    private volatile boolean running;

    StartupTasks(ObjectProvider<StartupTask> tasks) {
        this.tasks = tasks;
    }

    @Override
    public synchronized void start() {
        if (!done) {
            tasks.orderedStream().forEach(StartupTasks::run);
            done = true;
        }
        running = true;
    }

    private static void run(StartupTask task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Start-up task " + task.getClass().getSimpleName() + " failed", e);
        }
    }

    /** Nothing to undo; a context started again does not repeat the tasks. */
    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
    }
}
