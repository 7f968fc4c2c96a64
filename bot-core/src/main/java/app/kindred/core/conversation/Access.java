package app.kindred.core.conversation;

/** Who may use a command or button: everyone, or only members who have agreed to what is stored. */
public enum Access {
    /** Works before consent and without a profile: start, help, privacy, helplines, forget. */
    OPEN,
    /** Needs the member's consent first; the consent gate offers it. */
    CONSENTED
}
