package vn.qrgate.reader.adapter.camera;

/**
 * A camera setting that cannot work. The message names the setting, the value given and what is
 * allowed, so a technician can fix the config file without reading code.
 */
public class CameraSettingsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String setting;
    private final String value;

    public CameraSettingsException(String setting, String value, String allowed) {
        super("camera setting " + setting + " = " + value + " is not usable: " + allowed);
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
