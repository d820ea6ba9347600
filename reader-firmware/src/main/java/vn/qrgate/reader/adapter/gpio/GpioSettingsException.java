package vn.qrgate.reader.adapter.gpio;

/**
 * A board wiring that cannot work. The message names the setting (the same key as in the board
 * profile), the value given and what is allowed, so a technician can fix the file without reading
 * code.
 */
public class GpioSettingsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String setting;
    private final String value;

    public GpioSettingsException(String setting, String value, String allowed) {
        super("gpio setting " + setting + " = " + value + " is not usable: " + allowed);
        this.setting = setting;
        this.value = value;
    }

    public String setting() {
        return setting;
    }

    public String value() {
        return value;
    }
}
