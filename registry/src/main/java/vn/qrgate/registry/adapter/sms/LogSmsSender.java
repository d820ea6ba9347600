package vn.qrgate.registry.adapter.sms;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.registry.domain.people.PhoneNumber;
import vn.qrgate.registry.port.SmsSender;

/**
 * The bundled "SMS gateway": writes the message to the registry's log instead of sending it, so a
 * demo or a test installation works without an SMS contract. The message, and with it the login code,
 * IS logged on purpose: it is how the demo operator reads the code. The phone is masked. A deployment
 * where people log in for real plugs a real {@link SmsSender} in.
 */
public final class LogSmsSender implements SmsSender {

    private static final Logger LOG = LoggerFactory.getLogger(LogSmsSender.class);

    @Override
    public void send(PhoneNumber to, String text) {
        LOG.info("SMS to {} (not sent, logged only): {}", to.masked(), text);
    }
}
