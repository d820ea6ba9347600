package vn.qrgate.gateway.port;

import java.util.List;
import vn.qrgate.gateway.domain.QueuedEvent;

/** Hands stored check-ins to the registry (DESIGN §5). Never throws: every outcome is a {@link RegistryReply}. */
public interface RegistryClient {

    RegistryReply send(List<QueuedEvent> events);
}
