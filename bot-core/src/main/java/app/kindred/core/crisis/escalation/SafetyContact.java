package app.kindred.core.crisis.escalation;

import app.kindred.core.contract.Address;

import java.util.Objects;

/**
 * A person a community named to reach out to members who ask for support (a moderator, a mental-health
 * first aider).
 *
 * @param name     how members see them in "Ask {name}"
 * @param address  where Kindred writes to them privately
 * @param language the language of the notices they get, or null for the community default
 */
public record SafetyContact(String name, Address.Direct address, String language) {

    public SafetyContact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a safety contact needs a name members can read");
        }
    }
}
