package vn.qrgate.registry.port;

import vn.qrgate.registry.domain.people.PhoneNumber;

/** Sends a text message, here the one-time login code. */
public interface SmsSender {

    /** Returns once the message is handed over; throws when it could not be. */
    void send(PhoneNumber to, String text);
}
