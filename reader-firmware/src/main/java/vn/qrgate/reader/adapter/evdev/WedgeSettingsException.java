package vn.qrgate.reader.adapter.evdev;

/** A keyboard-wedge setting that cannot work, with the setting's name, its value and what is allowed. */
public final class WedgeSettingsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public WedgeSettingsException(String field, String value, String allowed) {
        super("wedge setting " + field + " = " + value + ": " + allowed);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
