package vn.qrgate.registry.port;

/** A venue names an area the store does not have (not imported, or a mistyped code). Area codes are public. */
public class UnknownAreaException extends RuntimeException {

    private final String areaCode;

    public UnknownAreaException(String areaCode) {
        super("area " + areaCode + " is not among the stored areas; import the official list first "
                + "(import-areas) or use the code of an imported area");
        this.areaCode = areaCode;
    }

    public String areaCode() {
        return areaCode;
    }
}
