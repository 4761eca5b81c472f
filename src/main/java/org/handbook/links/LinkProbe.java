package org.handbook.links;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.handbook.links.LinkState.Outcome;

/**
 * Asks one address's server whether it still answers: {@code HEAD} first, then {@code GET} for the servers that
 * refuse {@code HEAD}; redirects followed by hand, so a permanent move is seen and reported.
 */
final class LinkProbe {

    private static final int MAX_REDIRECTS = 5;

    private final HttpClient client;
    private final Politeness politeness;
    private final LocalDate today;

    LinkProbe(Politeness politeness, LocalDate today) {
        this.politeness = politeness;
        this.today = today;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(politeness.timeout())
                .build();
    }

    LinkState probe(String address) {
        URI uri;
        try {
            // Letters beyond ASCII in a path go percent-encoded, as a browser sends them.
            uri = URI.create(URI.create(address.strip()).toASCIIString());
        } catch (IllegalArgumentException e) {
            return state(Outcome.BROKEN, 0, "", "the address is not well formed: " + e.getMessage());
        }
        String movedTo = "";
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            Answer answer;
            try {
                answer = ask(uri);
            } catch (HttpTimeoutException e) {
                return state(Outcome.UNREACHABLE, 0, movedTo, "no answer within " + politeness.timeout().toSeconds() + " s");
            } catch (UnknownHostException e) {
                return state(Outcome.BROKEN, 0, movedTo, "the host " + uri.getHost() + " is not known");
            } catch (ConnectException e) {
                return state(Outcome.UNREACHABLE, 0, movedTo, describe(e).contains("refused")
                        ? "the server refused the connection" : "the connection failed: " + describe(e));
            } catch (IOException e) {
                return state(Outcome.UNREACHABLE, 0, movedTo, "the connection failed: " + describe(e));
            } catch (IllegalArgumentException e) {
                return state(Outcome.BROKEN, 0, movedTo, "the address cannot be asked for: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return state(Outcome.UNREACHABLE, 0, movedTo, "the check was interrupted");
            }
            if (answer.isRedirect() && answer.location().isPresent()) {
                URI next = uri.resolve(answer.location().get());
                if (answer.isPermanentRedirect()) {
                    movedTo = next.toString();
                }
                uri = next;
                continue;
            }
            return judge(answer.status(), movedTo);
        }
        return state(Outcome.BROKEN, 0, movedTo, "more than " + MAX_REDIRECTS + " redirects in a row");
    }

    private LinkState judge(int status, String movedTo) {
        if (status == 429 || status == 503) {
            return state(Outcome.UNREACHABLE, status, movedTo, "the server asked to be asked later (HTTP " + status + ")");
        }
        if (status >= 400) {
            return state(Outcome.BROKEN, status, movedTo, "the server answers HTTP " + status);
        }
        if (!movedTo.isEmpty()) {
            return state(Outcome.MOVED, status, movedTo, "");
        }
        return state(Outcome.OK, status, "", "");
    }

    /** {@code HEAD}, and {@code GET} when a server will not answer {@code HEAD} properly. */
    private Answer ask(URI uri) throws IOException, InterruptedException {
        Answer head = send(uri, "HEAD");
        if (head.status() < 400 || head.status() == 429) {
            return head;
        }
        return send(uri, "GET");
    }

    private Answer send(URI uri, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(politeness.timeout())
                .header("User-Agent", politeness.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8")
                .build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        // Only the status matters: closing the body unread ends the download.
        response.body().close();
        return new Answer(response.statusCode(), response.headers().firstValue("Location"));
    }

    private LinkState state(Outcome outcome, int status, String location, String detail) {
        return new LinkState(outcome, status, location, detail, today);
    }

    /** The innermost message, which names what happened ("connection reset"), in lower case. */
    private static String describe(IOException e) {
        Throwable innermost = e;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        String message = innermost.getMessage() != null ? innermost.getMessage() : e.getMessage();
        return message == null || message.isBlank() ? innermost.getClass().getSimpleName() : message.toLowerCase(Locale.ROOT);
    }

    private record Answer(int status, Optional<String> location) {

        boolean isRedirect() {
            return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
        }

        boolean isPermanentRedirect() {
            return status == 301 || status == 308;
        }
    }
}
