package io.busbar.sessions.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Group commit for meter readings. A commit costs a disk flush, and a burst of MeterValues from thousands of
 * chargers would otherwise pay one per message; here callers queue their message and wait, and one writer thread
 * takes everything queued (up to {@link #MAX_BATCH_ROWS} samples), stores it in one transaction and only after
 * the commit releases the callers. A failed batch is retried message by message, so one bad message fails only
 * its own caller; a caller whose message failed gets the exception and its charger is answered with a CALLERROR
 * and retries: nothing is acknowledged that is not committed.
 *
 * <p>The queue is bounded ({@link #QUEUE_CAPACITY} messages): when the database falls behind, callers wait to
 * enqueue, which holds back their chargers (one outstanding CALL each) instead of growing the heap. While the
 * writer is not running (before start, after stop) callers write their message themselves.
 */
@Component
class ReadingsWriter implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(ReadingsWriter.class);
    static final int MAX_BATCH_ROWS = 5_000;
    static final int QUEUE_CAPACITY = 10_000;

    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    /** Enqueuing holds the read lock and stopping the write lock, so no message is queued after the writer ends. */
    private final ReentrantReadWriteLock running = new ReentrantReadWriteLock();
    private final ReadingsStore store;
    private final TransactionTemplate transactions;
    private Thread writer;
    private Pending carried;

    ReadingsWriter(ReadingsStore store, TransactionTemplate transactions) {
        this.store = store;
        this.transactions = transactions;
    }

    /**
     * Returns once the message's samples are committed.
     *
     * @throws RuntimeException what storing them threw; nothing of the message was stored
     */
    void write(ReadingsMessage message) {
        Pending pending = new Pending(message, new CompletableFuture<>());
        running.readLock().lock();
        try {
            if (writer == null) {
                storeInOwnTransaction(List.of(message));
                return;
            }
            queue.put(pending);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while queuing meter readings", e);
        } finally {
            running.readLock().unlock();
        }
        try {
            pending.done().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void drain() {
        while (true) {
            List<Pending> batch;
            try {
                batch = nextBatch();
            } catch (InterruptedException e) {
                return;
            }
            if (batch.isEmpty()) {
                return;
            }
            commit(batch);
        }
    }

    /** Blocks for the first message, then takes what is already queued; empty when stopped and drained. */
    private List<Pending> nextBatch() throws InterruptedException {
        List<Pending> batch = new ArrayList<>();
        Pending next = carried != null ? carried : queue.take();
        carried = null;
        int rows = 0;
        while (next != null) {
            if (next == Pending.STOP) {
                if (queue.isEmpty()) {
                    if (!batch.isEmpty()) {
                        queue.put(Pending.STOP); // after this last batch
                    }
                    return batch;
                }
                queue.put(Pending.STOP); // what was queued before the stop is stored first
                next = queue.poll();
                continue;
            }
            if (!batch.isEmpty() && rows + next.rows() > MAX_BATCH_ROWS) {
                carried = next;
                break;
            }
            batch.add(next);
            rows += next.rows();
            next = queue.poll();
        }
        return batch;
    }

    private void commit(List<Pending> batch) {
        try {
            storeInOwnTransaction(batch.stream().map(Pending::message).toList());
            batch.forEach(Pending::succeed);
        } catch (RuntimeException | Error batchFailure) {
            // An Error too: the writer thread must survive, or every later caller would wait forever.
            if (batch.size() == 1) {
                batch.getFirst().fail(batchFailure);
                return;
            }
            log.warn("A batch of {} meter-value messages failed; storing them one by one", batch.size(), batchFailure);
            for (Pending pending : batch) {
                try {
                    storeInOwnTransaction(List.of(pending.message()));
                    pending.succeed();
                } catch (RuntimeException | Error e) {
                    pending.fail(e);
                }
            }
        }
    }

    private void storeInOwnTransaction(List<ReadingsMessage> messages) {
        transactions.executeWithoutResult(status -> store.store(messages));
    }

    @Override
    public void start() {
        running.writeLock().lock();
        try {
            if (writer == null) {
                writer = Thread.ofPlatform().name("readings-writer").daemon().start(this::drain);
            }
        } finally {
            running.writeLock().unlock();
        }
    }

    /** Stores everything queued before returning: at shutdown, waiting callers still get their commit. */
    @Override
    public void stop() {
        Thread stopping;
        running.writeLock().lock();
        try {
            stopping = writer;
            writer = null;
        } finally {
            running.writeLock().unlock();
        }
        if (stopping == null) {
            return;
        }
        try {
            queue.put(Pending.STOP);
            stopping.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        running.readLock().lock();
        try {
            return writer != null;
        } finally {
            running.readLock().unlock();
        }
    }

    /** Stops after the gateway (default phase) has closed the sockets and its handlers have returned. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1;
    }

    private record Pending(ReadingsMessage message, CompletableFuture<Void> done) {
        static final Pending STOP = new Pending(null, null);

        int rows() {
            return message.readings().size();
        }

        void succeed() {
            done.complete(null);
        }

        void fail(Throwable e) {
            done.completeExceptionally(e);
        }
    }
}
