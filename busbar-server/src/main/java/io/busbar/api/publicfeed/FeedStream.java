package io.busbar.api.publicfeed;

import io.busbar.availability.FeedEvent;
import io.busbar.availability.FeedSubscription;
import io.busbar.availability.SubscriberFellBehindException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Pumps one subscription into one SSE response, on a virtual thread of its own: the feed only ever offers to the
 * subscription's bounded queue, so this thread is the only one that waits for the client. A comment line goes out
 * whenever nothing happened for a heartbeat interval, so that proxies keep the stream open and a vanished client is
 * noticed. A subscriber that fell behind is ended; it reconnects with {@code Last-Event-ID} and catches up.
 */
final class FeedStream {
    private static final Logger log = LoggerFactory.getLogger(FeedStream.class);
    /** What clients wait before reconnecting (SSE {@code retry}). */
    private static final long RECONNECT_MILLIS = 2_000;

    private final FeedSubscription subscription;
    private final SseEmitter emitter;
    private final Duration heartbeat;

    private FeedStream(FeedSubscription subscription, SseEmitter emitter, Duration heartbeat) {
        this.subscription = subscription;
        this.emitter = emitter;
        this.heartbeat = heartbeat;
    }

    /** Starts pumping; the stream ends after {@code lifetime} (the client reconnects and resumes). */
    static SseEmitter start(FeedSubscription subscription, Duration heartbeat, Duration lifetime) {
        SseEmitter emitter = new SseEmitter(lifetime.toMillis());
        FeedStream stream = new FeedStream(subscription, emitter, heartbeat);
        Thread pump = Thread.ofVirtual().name("availability-stream").unstarted(stream::pump);
        Runnable stop = () -> {
            subscription.close();
            pump.interrupt();
        };
        emitter.onCompletion(stop);
        emitter.onTimeout(stop);
        emitter.onError(failure -> stop.run());
        pump.start();
        return emitter;
    }

    private void pump() {
        try {
            emitter.send(SseEmitter.event().reconnectTime(RECONNECT_MILLIS).comment("connected"));
            while (!Thread.currentThread().isInterrupted()) {
                Optional<FeedEvent> next = subscription.next(heartbeat);
                if (next.isEmpty()) {
                    emitter.send(SseEmitter.event().comment("keep-alive"));
                } else {
                    send(next.get());
                }
            }
        } catch (SubscriberFellBehindException e) {
            log.debug("Availability stream subscriber fell behind: {}", e.getMessage());
            emitter.complete();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | IllegalStateException gone) {
            // the client left (or the response completed): nothing to tell anyone
        } finally {
            subscription.close();
        }
    }

    private void send(FeedEvent event) throws IOException {
        switch (event) {
            case FeedEvent.EvseChanged changed -> emitter.send(SseEmitter.event().id(Long.toString(changed.sequence()))
                    .name("evse").data(PublicFeedDtos.EvseEvent.of(changed), MediaType.APPLICATION_JSON));
            case FeedEvent.Snapshot snapshot -> emitter.send(SseEmitter.event().id(Long.toString(snapshot.sequence()))
                    .name("snapshot").data(PublicFeedDtos.Locations.of(snapshot.locations()), MediaType.APPLICATION_JSON));
        }
    }
}
