package io.busbar.gateway;

import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.schema.PayloadBinder;
import tools.jackson.databind.JsonNode;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;

/** One CSMS-initiated CALL, queued or in flight, and the future its caller holds. */
final class PendingCall<R> {
    /** OCPP-J: message ids are at most 36 characters; a UUID string is exactly 36. */
    private final String messageId = UUID.randomUUID().toString();
    private final Action<?, R> action;
    private final JsonNode payload;
    private final CompletableFuture<R> future = new CompletableFuture<>();
    private volatile ScheduledFuture<?> timeout;

    PendingCall(Action<?, R> action, JsonNode payload) {
        this.action = action;
        this.payload = payload;
    }

    String messageId() {
        return messageId;
    }

    Action<?, R> action() {
        return action;
    }

    JsonNode payload() {
        return payload;
    }

    CompletableFuture<R> future() {
        return future;
    }

    void timeout(ScheduledFuture<?> timeout) {
        this.timeout = timeout;
    }

    void cancelTimeout() {
        ScheduledFuture<?> t = timeout;
        if (t != null) {
            t.cancel(false);
        }
    }

    /**
     * Binds the CALLRESULT payload to the response type and completes the future. Completion runs on
     * {@code completions} so that the caller's dependent stages never run on a socket or timer thread.
     */
    void succeed(JsonNode resultPayload, PayloadBinder binder, String identity, Executor completions) {
        R response;
        try {
            response = binder.bind(resultPayload, action.responseType());
        } catch (RuntimeException e) {
            fail(new InvalidCallResultException(identity, action.name(), e), completions);
            return;
        }
        completions.execute(() -> future.complete(response));
    }

    void fail(Throwable failure, Executor completions) {
        completions.execute(() -> future.completeExceptionally(failure));
    }
}
