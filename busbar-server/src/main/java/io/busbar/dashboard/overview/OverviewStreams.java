package io.busbar.dashboard.overview;

import io.busbar.dashboard.ApiProblem;
import io.busbar.dashboard.ConsoleApi;
import io.busbar.dashboard.ConsoleProperties;
import io.busbar.dashboard.ConsoleSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The overview's server-sent events: per open overview page, one virtual thread re-reads the network through the
 * API as the page's operator every {@code busbar.console.refresh} and sends the counts fragment (event
 * {@code counts}) when its HTML changed, a comment line otherwise (so a browser that left is noticed at the next
 * tick). ADR 0015: polling the API per page keeps the console a plain API client.
 *
 * <p>A stream ends when a send fails (the browser left), when the API refuses the session (signed out elsewhere,
 * expired: nothing more is sent), after {@link #LIFETIME} (the browser's EventSource reconnects by itself), or when
 * the application stops ({@link #stop()} completes every stream). {@link #open()} counts the streams alive.
 */
@Component
class OverviewStreams implements SmartLifecycle {
    /** Long enough not to matter, short enough that a forgotten tab does not poll for a whole shift. */
    static final Duration LIFETIME = Duration.ofMinutes(30);
    private static final Logger log = LoggerFactory.getLogger(OverviewStreams.class);

    private final ConsoleApi api;
    private final NetworkStatusReader reader;
    private final CountsFragment fragment;
    private final Duration refresh;
    private final Clock clock;
    private final Set<Stream> streams = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    OverviewStreams(ConsoleApi api, NetworkStatusReader reader, CountsFragment fragment, ConsoleProperties properties,
                    Clock clock) {
        this.api = api;
        this.reader = reader;
        this.fragment = fragment;
        this.refresh = properties.refresh();
        this.clock = clock;
    }

    /**
     * Starts streaming to a new emitter. {@code first} is the fragment as read in the opening request (which also
     * proved the session live): it goes out at once, since the page may be older than the stream; null when that
     * read failed (the first tick sends then).
     */
    SseEmitter start(ConsoleSession session, String contextPath, String first) {
        SseEmitter emitter = new SseEmitter(LIFETIME.plusMinutes(1).toMillis());
        if (!running) {
            emitter.complete();
            return emitter;
        }
        Stream stream = new Stream(api.as(session), contextPath, emitter, first);
        streams.add(stream);
        emitter.onCompletion(stream::stop);
        emitter.onTimeout(stream::stop);
        emitter.onError(failure -> stream.stop());
        Thread.ofVirtual().name("console-overview-stream").start(stream::run);
        return emitter;
    }

    /** How many overview streams are open now. */
    int open() {
        return streams.size();
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        streams.forEach(stream -> {
            stream.stop();
            stream.emitter.complete();
        });
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stop before the web server does, so the responses end cleanly. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE + 1;
    }

    private final class Stream {
        private final ConsoleApi.Calls calls;
        private final String contextPath;
        private final SseEmitter emitter;
        private final CountDownLatch stopped = new CountDownLatch(1);
        private String last;

        Stream(ConsoleApi.Calls calls, String contextPath, SseEmitter emitter, String first) {
            this.calls = calls;
            this.contextPath = contextPath;
            this.emitter = emitter;
            this.last = first;
        }

        void stop() {
            stopped.countDown();
        }

        void run() {
            Instant end = clock.instant().plus(LIFETIME);
            try {
                emitter.send(last == null ? SseEmitter.event().reconnectTime(refresh.toMillis()).comment("connected")
                        : SseEmitter.event().reconnectTime(refresh.toMillis()).name("counts").data(last));
                while (!stopped.await(refresh.toMillis(), TimeUnit.MILLISECONDS) && clock.instant().isBefore(end)) {
                    tick();
                }
                log.debug("Overview stream ended: stopped or its lifetime is over");
                emitter.complete();
            } catch (IOException | IllegalStateException gone) {
                // the browser left, or the response was completed on shutdown: nobody to tell
                log.debug("Overview stream ended: the browser left ({})", gone.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException ended) {
                // The API refused the session (SignedOut: signed out, expired, user disabled) or failed for good:
                // send nothing more. A reconnecting browser is then sent to sign in by the request itself.
                log.debug("Overview stream ended: {}", ended.toString());
                emitter.complete();
            } finally {
                streams.remove(this);
            }
        }

        private void tick() throws IOException {
            String html;
            try {
                html = fragment.render(reader.read(calls), contextPath);
            } catch (ApiProblem passing) {
                // A busy or briefly failing API (429, 503): keep the page as it is and try at the next tick.
                log.debug("Overview stream could not read the network: {}", passing.getMessage());
                emitter.send(SseEmitter.event().comment("unchanged"));
                return;
            }
            if (html.equals(last)) {
                emitter.send(SseEmitter.event().comment("unchanged"));
            } else {
                emitter.send(SseEmitter.event().name("counts").data(html));
                last = html;
            }
        }
    }
}
