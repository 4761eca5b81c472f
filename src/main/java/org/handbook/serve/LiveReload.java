package org.handbook.serve;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The browsers listening for changes, each an open Server-Sent Events response; an event goes to
 * all of them, and one that can no longer be written to is dropped. All of them are written by one
 * thread, without ever waiting on one: a tab that stops reading cannot hold the others up, and a
 * page that opens thousands of streams costs no thread and is refused beyond {@code most}.
 */
final class LiveReload implements AutoCloseable {

    /** One event: its name and its data, JSON (a data line per line of it; the browser joins them). */
    record Event(String name, String json) {

        static final Event OK = new Event("ok", "{}");
        static final Event PING = new Event("ping", "{}");

        byte[] bytes() {
            StringBuilder text = new StringBuilder("event: ").append(name).append('\n');
            json.strip().lines().forEach(line -> text.append("data: ").append(line).append('\n'));
            return text.append('\n').toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** How long one round of writes may wait for tabs that have stopped reading before they are dropped. */
    private static final Duration LONGEST_WRITE = Duration.ofSeconds(2);
    private static final Duration PING_EVERY = Duration.ofSeconds(10);

    private final int most;
    private final AtomicInteger admitted = new AtomicInteger();
    private final ScheduledExecutorService writer;
    /** Written by the writer thread only. */
    private final Set<SocketChannel> listeners = new LinkedHashSet<>();
    private Event state = Event.OK;

    LiveReload(int most) {
        this.most = most;
        this.writer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "handbook-serve-events");
            thread.setDaemon(true);
            return thread;
        });
        // Finds listeners that have gone (a closed tab is noticed only when written to).
        writer.scheduleAtFixedRate(() -> send(List.copyOf(listeners), null, Event.PING), PING_EVERY.toMillis(),
                PING_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Takes over {@code channel}, a request for the event stream: writes it {@code headers}, then
     * tells it at once whether the site is good or has errors. False, and the channel left as it
     * is, when {@code most} tabs already listen.
     */
    boolean listen(SocketChannel channel, byte[] headers) {
        if (admitted.incrementAndGet() > most) {
            admitted.decrementAndGet();
            return false;
        }
        try {
            writer.execute(() -> {
                listeners.add(channel);
                try {
                    channel.configureBlocking(false);
                } catch (IOException e) {
                    drop(channel);
                    return;
                }
                send(List.of(channel), headers, state);
            });
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // The preview is closing: no place is kept for a tab it will never write to.
            admitted.decrementAndGet();
            return false;
        }
        return true;
    }

    /** Sets what tabs opened from now on are told, and tells every open tab {@code event}. */
    void announce(Event current, Event event) {
        writer.execute(() -> {
            state = current;
            send(List.copyOf(listeners), null, event);
        });
    }

    int listeners() {
        return admitted.get();
    }

    @Override
    public void close() {
        writer.shutdownNow();
        try {
            writer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List.copyOf(listeners).forEach(this::drop);
    }

    /** Writes to each without blocking, going round those not yet done until {@link #LONGEST_WRITE} has passed. */
    private void send(List<SocketChannel> to, byte[] before, Event event) {
        byte[] chunk = chunk(event.bytes());
        Map<SocketChannel, ByteBuffer> pending = new HashMap<>();
        for (SocketChannel channel : to) {
            pending.put(channel, before == null ? ByteBuffer.wrap(chunk)
                    : ByteBuffer.allocate(before.length + chunk.length).put(before).put(chunk).flip());
        }
        long deadline = System.nanoTime() + LONGEST_WRITE.toNanos();
        while (!pending.isEmpty()) {
            for (SocketChannel channel : new ArrayList<>(pending.keySet())) {
                ByteBuffer bytes = pending.get(channel);
                try {
                    channel.write(bytes);
                    if (!bytes.hasRemaining()) {
                        pending.remove(channel);
                    }
                } catch (IOException e) {
                    pending.remove(channel);
                    drop(channel);
                }
            }
            if (pending.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                pending.keySet().forEach(this::drop);
                return;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The response is chunked, as HTTP/1.1 streams of unknown length are. */
    private static byte[] chunk(byte[] data) {
        byte[] size = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(size.length + data.length + 2).put(size).put(data).put((byte) '\r').put((byte) '\n').array();
    }

    private void drop(SocketChannel channel) {
        if (listeners.remove(channel)) {
            admitted.decrementAndGet();
        }
        try {
            channel.close();
        } catch (IOException e) {
            // gone already
        }
    }
}
