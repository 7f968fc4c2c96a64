package app.kindred.web;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Decides whether the web chat runs and for whom. On a loopback address (or the default, every interface,
 * where {@link ChatGate} then admits only loopback clients) it is a local chat for whoever sits at the
 * machine. Bound to any other address it stays off unless {@code kindred.web.public=true} puts it online
 * with abuse controls, because a public chat without them invites floods.
 */
public record WebChatExposure(Mode mode, String reason) {

    /** The three ways the web chat can run. */
    public enum Mode {
        /** Only clients on this machine may use it. */
        LOCAL,
        /** Anyone who can reach the app may use it, within per-address rate limits and the human check. */
        PUBLIC,
        /** Not served at all. */
        OFF
    }

    /**
     * @param enabled       {@code kindred.web.enabled}: false switches the chat off everywhere
     * @param openToPublic  {@code kindred.web.public}
     * @param serverAddress {@code server.address}, or null when the app listens on every interface
     */
    public static WebChatExposure decide(boolean enabled, boolean openToPublic, String serverAddress) {
        if (!enabled) {
            return new WebChatExposure(Mode.OFF, "kindred.web.enabled is false");
        }
        if (openToPublic) {
            return new WebChatExposure(Mode.PUBLIC, "kindred.web.public is true");
        }
        if (serverAddress == null || serverAddress.isBlank()) {
            return new WebChatExposure(Mode.LOCAL, "no server.address: answering clients on this machine only");
        }
        if (isLoopback(serverAddress.strip())) {
            return new WebChatExposure(Mode.LOCAL, "server.address " + serverAddress.strip() + " is loopback");
        }
        return new WebChatExposure(Mode.OFF, "the web chat is off because the app listens on " + serverAddress.strip()
                + ", which is not only this machine; set kindred.web.public=true to put it online with rate limits, "
                + "or server.address=127.0.0.1 to keep it local");
    }

    public boolean isOn() {
        return mode != Mode.OFF;
    }

    private static boolean isLoopback(String address) {
        if (address.equalsIgnoreCase("localhost")) {
            return true;
        }
        // Only literals are judged: resolving a host name at start would depend on DNS.
        if (!address.matches("\\[?[0-9a-fA-F:.]*[:.][0-9a-fA-F:.]*]?")) {
            return false;
        }
        try {
            return InetAddress.getByName(address.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
