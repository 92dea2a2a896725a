package org.creddesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.creddesk.domain.Progress;

/** Runs every task at once on the calling thread: for view-model tests without the FX toolkit. */
public final class ImmediateTaskRunner implements TaskRunner {
    private final TaskStatus status = new TaskStatus();
    private final List<Throwable> failures = new ArrayList<>();
    private final List<String> progressMessages = new ArrayList<>();

    @Override
    public <T> void run(Work<T> work, Consumer<? super T> onSuccess) {
        run(work, onSuccess, failures::add);
    }

    @Override
    public <T> void runVisible(String title, Work<T> work, Consumer<? super T> onSuccess) {
        runVisible(title, work, onSuccess, failures::add);
    }

    @Override
    public <T> void runVisible(String title, Work<T> work, Consumer<? super T> onSuccess,
                               Consumer<Throwable> onFailure) {
        status.started(title);
        Progress recording = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                status.update(done, total, message);
                progressMessages.add(message);
            }

            @Override
            public boolean isCancelled() {
                return status.isCancelRequested();
            }
        };
        execute(work, recording, onSuccess, onFailure);
        status.finished();
    }

    @Override
    public <T> void run(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        execute(work, Progress.NONE, onSuccess, onFailure);
    }

    private static <T> void execute(Work<T> work, Progress progress, Consumer<? super T> onSuccess,
                                    Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call(progress);
        } catch (Progress.CancelledException e) {
            return;
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public TaskStatus status() {
        return status;
    }

    /** Failures that would have gone to the error dialog. */
    public List<Throwable> failures() {
        return failures;
    }

    public List<String> progressMessages() {
        return progressMessages;
    }
}
