package vn.qrgate.protocol.subject;

public enum Sex {
    MALE("Nam"),
    FEMALE("Nữ");

    private final String vietnamese;

    Sex(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    /** The word printed on the CCCD: {@code Nam} or {@code Nữ}. */
    public String vietnamese() {
        return vietnamese;
    }
}
