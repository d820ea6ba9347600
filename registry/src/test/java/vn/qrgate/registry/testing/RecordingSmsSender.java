package vn.qrgate.registry.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.qrgate.registry.domain.people.PhoneNumber;
import vn.qrgate.registry.port.SmsSender;

/**
 * An SMS gateway that keeps what it was asked to send, so a test (an API test, the console's browser
 * tests) reads the login code the way a person reads their phone. Start the registry with it:
 * {@code TestRegistry.start(config, clock, sms)}.
 */
public final class RecordingSmsSender implements SmsSender {

    public record Message(PhoneNumber to, String text) {
    }

    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");

    private final List<Message> sent = new ArrayList<>();

    @Override
    public synchronized void send(PhoneNumber to, String text) {
        sent.add(new Message(to, text));
    }

    public synchronized List<Message> sent() {
        return List.copyOf(sent);
    }

    public synchronized List<Message> sentTo(String phone) {
        PhoneNumber to = PhoneNumber.parse(phone);
        return sent.stream().filter(m -> m.to().equals(to)).toList();
    }

    /** The six-digit code of the newest message to {@code phone}, if any was sent. */
    public synchronized Optional<String> lastCode(String phone) {
        List<Message> to = sentTo(phone);
        if (to.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = CODE.matcher(to.get(to.size() - 1).text());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
