package vn.qrgate.registry.port;

/** A gateway id is taken, by a registered gateway (even a revoked one) or one in the config. */
public class GatewayExistsException extends RuntimeException {

    private final String gatewayId;

    public GatewayExistsException(String gatewayId) {
        super("gateway " + gatewayId + " exists already; choose another id (a revoked gateway's id is not reused)");
        this.gatewayId = gatewayId;
    }

    public String gatewayId() {
        return gatewayId;
    }
}
