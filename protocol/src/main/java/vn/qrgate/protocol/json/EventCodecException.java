package vn.qrgate.protocol.json;

/**
 * A payload that cannot be decoded into a message of the contract. The message names the JSON path
 * and what is allowed there. It never quotes a subject value, and never wraps a Jackson exception,
 * because Jackson's messages quote the input; it is safe to log and to send back in a 4xx body.
 */
public class EventCodecException extends IllegalArgumentException {

    private final String path;

    EventCodecException(String path, String problem) {
        this(path, problem, null);
    }

    EventCodecException(String path, String problem, Throwable cause) {
        super(display(path) + " " + problem, cause);
        this.path = display(path);
    }

    /** Where the problem is: {@code $} for the whole payload, else e.g. {@code events[3].seq}. */
    public String path() {
        return path;
    }

    private static String display(String path) {
        return path.isEmpty() ? "$" : path;
    }
}
