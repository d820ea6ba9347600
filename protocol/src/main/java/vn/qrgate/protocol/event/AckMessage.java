package vn.qrgate.protocol.event;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the gateway publishes on {@code qrgate/v1/devices/{d}/acks} once the listed events are
 * durable on its side (DESIGN §4, §6); the reader may then delete them from its outbox.
 */
public record AckMessage(List<UUID> ids) {

    public AckMessage {
        ids = Messages.copyNonEmpty(ids, "ids");
    }

    public static AckMessage of(UUID first, UUID... more) {
        List<UUID> ids = new ArrayList<>(1 + more.length);
        ids.add(first);
        ids.addAll(List.of(more));
        return new AckMessage(ids);
    }
}
