package app.kindred.core.contract;

/** The places Kindred lives; the code is short and stable because it goes into pseudonymous ids. */
public enum Platform {
    TELEGRAM("tg"),
    SLACK("sl"),
    DISCORD("dc"),
    WEB("web");

    private final String code;

    Platform(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
