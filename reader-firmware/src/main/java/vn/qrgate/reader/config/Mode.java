package vn.qrgate.reader.config;

/** What kind of device this is; decides which outputs it must have (a gate needs a relay, a handheld a buzzer). */
public enum Mode {
    GATE("gate"),
    HANDHELD("handheld");

    private final String configName;

    Mode(String configName) {
        this.configName = configName;
    }

    /** As written in the config file. */
    public String configName() {
        return configName;
    }
}
