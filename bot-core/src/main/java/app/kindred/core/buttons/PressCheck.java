package app.kindred.core.buttons;

/** The verdict on a pressed button. */
public sealed interface PressCheck {

    /** A genuine press by the member the button was made for. */
    record Valid(String action, String value) implements PressCheck {
    }

    /** Genuine, but its time has passed; the value is still the one that was signed. */
    record Expired(String action, String value) implements PressCheck {
    }

    /** Someone else's button, or a payload with a forged signature. */
    record NotForThisMember(String action) implements PressCheck {
    }

    /** Not a payload Kindred makes at all. */
    record Malformed() implements PressCheck {
    }
}
