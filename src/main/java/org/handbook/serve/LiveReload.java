package org.handbook.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * The browsers listening for changes, each an open Server-Sent Events response; an event goes to
 * all of them, and one that can no longer be written to is dropped.
 */
final class LiveReload {

    /** One event: its name and its data, JSON (a data line per line of it; the browser joins them). */
    record Event(String name, String json) {

        static final Event OK = new Event("ok", "{}");

        byte[] bytes() {
            StringBuilder text = new StringBuilder("event: ").append(name).append('\n');
            json.strip().lines().forEach(line -> text.append("data: ").append(line).append('\n'));
            return text.append('\n').toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    private final Map<OutputStream, CountDownLatch> listeners = new ConcurrentHashMap<>();
    private volatile Event state = Event.OK;

    /** Adds a listener, tells it at once whether the site is good or has errors, and waits until it goes. */
    void listenUntilGone(OutputStream listener) throws InterruptedException {
        CountDownLatch gone = new CountDownLatch(1);
        listeners.put(listener, gone);
        if (!send(listener, state)) {
            drop(listener);
        }
        gone.await();
    }

    /** The state new listeners are told: the last build's errors, or none. */
    void state(Event current) {
        state = current;
    }

    void broadcast(Event event) {
        for (OutputStream listener : listeners.keySet()) {
            if (!send(listener, event)) {
                drop(listener);
            }
        }
    }

    /** Finds listeners that have gone (a closed tab is noticed only when written to). */
    void ping() {
        broadcast(new Event("ping", "{}"));
    }

    int listeners() {
        return listeners.size();
    }

    void closeAll() {
        listeners.keySet().forEach(this::drop);
    }

    private void drop(OutputStream listener) {
        CountDownLatch gone = listeners.remove(listener);
        if (gone != null) {
            gone.countDown();
        }
    }

    private static boolean send(OutputStream listener, Event event) {
        try {
            synchronized (listener) {
                listener.write(event.bytes());
                listener.flush();
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
