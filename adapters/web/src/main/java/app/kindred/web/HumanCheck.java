package app.kindred.web;

/**
 * The captcha hook of a public web chat: decides whether whoever is starting a chat is a person. Provide
 * a bean of this type to plug in a captcha service; the page sends what the widget produced as the join
 * form's {@code humanProof} field (a hidden input with the id {@code human-proof}). Without such a bean a
 * public chat admits everyone, within its per-address rate limits, and says so in the log at start.
 */
@FunctionalInterface
public interface HumanCheck {

    /** Admits everyone: the default, and all a local chat needs. */
    HumanCheck NONE = (proof, remoteAddress) -> true;

    /**
     * @param proof         what the page's captcha widget produced; empty when there is none
     * @param remoteAddress the client's address as the server sees it
     */
    boolean isHuman(String proof, String remoteAddress);
}
