package app.kindred.app.config;

/**
 * A configuration value Kindred cannot run with. The message is one sentence naming the key, what is
 * wrong and what to put there; {@link BadSettingFailureAnalyzer} shows it instead of a stack trace.
 */
public class BadSettingException extends RuntimeException {

    private final String key;

    public BadSettingException(String key, String sentence) {
        super(sentence);
        this.key = key;
    }

    public BadSettingException(String key, String sentence, Throwable cause) {
        super(sentence, cause);
        this.key = key;
    }

    /** The property name, as written in application.yml (e.g. kindred.default-time-zone). */
    public String key() {
        return key;
    }
}
