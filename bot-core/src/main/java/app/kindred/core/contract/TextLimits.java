package app.kindred.core.contract;

/** Cuts plain text (a button label, alt text, a name) to a platform's limit without breaking a character. */
public final class TextLimits {

    private TextLimits() {
    }

    /** The text as it is when it fits; otherwise cut, never inside a surrogate pair, and ended with an ellipsis. */
    public static String shorten(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int end = limit - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
