package vn.qrgate.registry.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A Server-Sent Events client over java.net.http: the stream's events, and every raw line it read. */
public final class SseStream implements AutoCloseable {

    public record Event(String name, String data) {
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final StringBuffer raw = new StringBuffer();
    private final Thread reader;

    private SseStream(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reader = new Thread(this::read, "sse-test-reader");
        reader.setDaemon(true);
        reader.start();
    }

    public static SseStream open(URI uri, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token).GET().build();
        return new SseStream(HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).get(5, TimeUnit.SECONDS));
    }

    public int status() {
        return response.statusCode();
    }

    public HttpResponse<Stream<String>> response() {
        return response;
    }

    /** The next event, or null when none came within {@code timeout}. */
    public Event next(Duration timeout) throws InterruptedException {
        return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether the server ended the stream (or it broke) within {@code timeout}. */
    public boolean ended(Duration timeout) throws InterruptedException {
        reader.join(timeout.toMillis());
        return !reader.isAlive();
    }

    /** Everything read so far, as it came over the wire. */
    public String raw() {
        return raw.toString();
    }

    private void read() {
        String[] name = {"message"};
        StringBuilder data = new StringBuilder();
        try {
            response.body().forEach(line -> {
                raw.append(line).append('\n');
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        events.add(new Event(name[0], data.toString()));
                    }
                    name[0] = "message";
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name[0] = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                }
            });
        } catch (RuntimeException e) {
            // The test closed the stream, or the server did.
        }
    }

    @Override
    public void close() {
        response.body().close();
        reader.interrupt();
    }
}
