package vn.qrgate.reader.adapter.serial;

/**
 * A serial setting that cannot work. The message names the setting, the value given and what is
 * allowed, so a technician can fix the config file without reading code.
 */
public class SerialSettingsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String setting;
    private final String value;

    public SerialSettingsException(String setting, String value, String allowed) {
        super("serial setting " + setting + " = " + value + " is not usable: " + allowed);
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
