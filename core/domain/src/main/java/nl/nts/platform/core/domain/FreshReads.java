package nl.nts.platform.core.domain;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * One read shared by the callers that may share it. A caller takes the answer of a read that
 * started at or after the moment it asked, so it sees every write that committed before it
 * asked; while an older read is still running it waits for that one to end and then shares the
 * next. Under load, the callers that arrive during one read all share the next one: a query a
 * read's duration, however many requests.
 */
final class FreshReads<T> {

    private final Supplier<T> read;
    private CompletableFuture<T> latest;
    private long latestStarted;

    FreshReads(Supplier<T> read) {
        this.read = read;
    }

    T get() {
        long asked = System.nanoTime();
        for (;;) {
            CompletableFuture<T> answer;
            boolean fresh;
            boolean mine = false;
            synchronized (this) {
                fresh = latest != null && latestStarted - asked >= 0;
                if (fresh || (latest != null && !latest.isDone())) {
                    answer = latest;
                } else {
                    answer = new CompletableFuture<>();
                    latest = answer;
                    latestStarted = System.nanoTime();
                    fresh = true;
                    mine = true;
                }
            }
            if (mine) {
                try {
                    answer.complete(read.get());
                } catch (RuntimeException | Error e) {
                    answer.completeExceptionally(e);
                }
            }
            if (!fresh) {
                // an older read: wait for it to end, then share (or start) the next
                answer.handle((value, failure) -> null).join();
                continue;
            }
            try {
                return answer.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw e;
            }
        }
    }
}
