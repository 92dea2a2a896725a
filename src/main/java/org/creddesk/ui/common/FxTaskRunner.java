package org.creddesk.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.creddesk.domain.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs work on named daemon threads and delivers results, progress and failures on the FX thread. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);
    private final ExecutorService executor;
    private final ErrorReporter errors;
    private final TaskStatus status = new TaskStatus();

    public FxTaskRunner(ErrorReporter errors) {
        this.errors = errors;
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "creddesk-background-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((thread, e) -> LOG.error("Uncaught failure on {}", thread.getName(), e));
            return t;
        });
    }

    @Override
    public <T> void run(Work<T> work, Consumer<? super T> onSuccess) {
        submit(work, Progress.NONE, onSuccess, errors::report, false);
    }

    @Override
    public <T> void run(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        submit(work, Progress.NONE, onSuccess, onFailure, false);
    }

    @Override
    public <T> void runVisible(String title, Work<T> work, Consumer<? super T> onSuccess) {
        runVisible(title, work, onSuccess, errors::report);
    }

    @Override
    public <T> void runVisible(String title, Work<T> work, Consumer<? super T> onSuccess,
                               Consumer<Throwable> onFailure) {
        status.started(title);
        submit(work, new StatusProgress(), onSuccess, onFailure, true);
    }

    @Override
    public TaskStatus status() {
        return status;
    }

    private <T> void submit(Work<T> work, Progress progress, Consumer<? super T> onSuccess,
                            Consumer<Throwable> onFailure, boolean visible) {
        if (executor.isShutdown()) {
            end(visible);
            return; // the window closed; a late keystroke's search has nobody to answer
        }
        executor.execute(() -> {
            try {
                T result = work.call(progress);
                Platform.runLater(() -> {
                    end(visible);
                    onSuccess.accept(result);
                });
            } catch (Progress.CancelledException e) {
                Platform.runLater(() -> end(visible));
            } catch (Exception | Error e) {
                // the whole trace, for the log file; the person gets one sentence (HumanMessage)
                LOG.warn("Background task failed: {}", e.getClass().getSimpleName(), e);
                Platform.runLater(() -> {
                    end(visible);
                    onFailure.accept(e);
                });
            }
        });
    }

    private void end(boolean visible) {
        if (visible) {
            status.finished();
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** Progress that coalesces updates so a tight loop does not flood the FX thread. */
    private final class StatusProgress implements Progress {
        private volatile long lastPost;

        @Override
        public void update(long done, long total, String message) {
            long now = System.nanoTime();
            if (now - lastPost > 50_000_000L || done >= total) {
                lastPost = now;
                Platform.runLater(() -> status.update(done, total, message));
            }
        }

        @Override
        public boolean isCancelled() {
            return status.isCancelRequested();
        }
    }
}
