package io.busbar.platform;

import org.springframework.core.task.TaskDecorator;

/**
 * Marks the threads of the application's asynchronous work (Spring Modulith's event listeners and other
 * {@code @Async} tasks run on Boot's application task executor, which applies this decorator; modules decorate the
 * tasks of their own executors with it) so that their database work uses the background pool, never the
 * connections chargers wait on (see {@link PoolsByWork}).
 */
public final class BackgroundWork implements TaskDecorator {
    private static final ThreadLocal<Boolean> RUNNING = new ThreadLocal<>();

    /** Whether the calling thread is running background work. */
    static boolean running() {
        return RUNNING.get() != null;
    }

    @Override
    public Runnable decorate(Runnable task) {
        return () -> {
            boolean outer = running();
            RUNNING.set(Boolean.TRUE);
            try {
                task.run();
            } finally {
                if (!outer) {
                    RUNNING.remove();
                }
            }
        };
    }
}
