package app.kindred.core.conversation;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Inbound;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Outbound;
import app.kindred.core.contract.Part;
import app.kindred.core.contract.Place;
import app.kindred.core.contract.Sender;
import app.kindred.core.member.MemberId;
import app.kindred.core.member.MemberProfile;
import app.kindred.core.prompts.Say;
import app.kindred.core.store.StoreUnavailableException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One event being handled: who sent it, their profile (loaded lazily, so the crisis path needs no
 * store), their language, and the replies gathered so far.
 */
public final class Turn {

    private final Inbound.FromMember event;
    private final MemberId member;
    private final Instant now;
    private final Services services;
    private final List<Outbound> out = new ArrayList<>();
    private final java.util.Map<Class<?>, Object> attributes = new java.util.HashMap<>();
    private Optional<MemberProfile> profile;
    private Say say;

    Turn(Inbound.FromMember event, MemberId member, Instant now, Services services) {
        this.event = event;
        this.member = member;
        this.now = now;
        this.services = services;
    }

    public Inbound.FromMember event() {
        return event;
    }

    public Sender sender() {
        return event.sender();
    }

    public Place place() {
        return event.place();
    }

    public MemberId member() {
        return member;
    }

    public Instant now() {
        return now;
    }

    public Services services() {
        return services;
    }

    /** The member's profile, read once per turn; empty before their first consent or after forget. */
    public Optional<MemberProfile> profile() {
        if (profile == null) {
            profile = services.members().find(member);
            say = null;   // a language chosen from the hints before the profile was read gives way to the member's own
        }
        return profile;
    }

    /** Replaces the cached profile after a feature saved a new one. */
    public void profileChanged(MemberProfile saved) {
        this.profile = Optional.of(saved);
        this.say = null;
    }

    public void profileForgotten() {
        this.profile = Optional.empty();
        this.say = null;
    }

    /**
     * Reads the profile when the store answers, so a reply sent before the features run (slow down, too long)
     * still speaks the member's chosen language; a store that is down leaves the platform's hints to decide.
     */
    public void readProfileIfReachable() {
        try {
            profile();
        } catch (StoreUnavailableException e) {
            // The platform's language hint will do for this one reply.
        }
    }

    /** The profile as it is now, when one was already read, without touching the store. */
    public Optional<MemberProfile> profileIfLoaded() {
        return profile == null ? Optional.empty() : profile;
    }

    /**
     * Prompts in the member's language: their setting when the profile is at hand, else the platform's
     * hint, else the community default. Never reads the store, so it works when the store is down.
     */
    public Say say() {
        if (say == null) {
            String language = profileIfLoaded().map(MemberProfile::language)
                    .or(() -> sender().hints().languageHint())
                    .orElse(services.settings().defaultLanguage());
            say = new Say(services.prompts(), language);
        }
        return say;
    }

    /** The member's country: their setting, then the platform's hint, then the community default. */
    public Optional<String> country() {
        return profileIfLoaded().flatMap(MemberProfile::countryCode)
                .or(() -> sender().hints().countryHint())
                .or(() -> services.settings().defaultCountryCode());
    }

    /** Where a private reply to this member goes. */
    public Address.Direct replyAddress() {
        return Address.replyTo(sender(), place());
    }

    /** The conversation the event came from: the member's direct chat, or the space. */
    public Address placeAddress() {
        return place().isSpace()
                ? new Address.Space(sender().platform(), sender().community(), place().conversationId())
                : replyAddress();
    }

    public void reply(Part... parts) {
        reply(Arrays.asList(parts));
    }

    public void reply(List<Part> parts) {
        out.add(Message.reply(replyAddress(), parts));
    }

    /** A reply that jumps every outbox queue: used only for crisis signposting. */
    public void replyUrgently(List<Part> parts) {
        out.add(0, new Message(replyAddress(), parts, Message.Urgency.CRISIS, ""));
    }

    public void send(Outbound outbound) {
        out.add(outbound);
    }

    /** A one-line text reply from a prompt key. */
    public void replyText(String key, Object... namesAndValues) {
        reply(new Part.Text(say().text(key, namesAndValues)));
    }

    /** A button made for this member only, expiring after the given time. */
    public Part.Button button(String labelKey, String action, String value, Duration validFor) {
        return Part.Button.of(say().text(labelKey), payload(action, value, validFor));
    }

    public String payload(String action, String value, Duration validFor) {
        return services.buttons().sign(action, value, member, now.plus(validFor));
    }

    /** Leaves a typed note for later steps of this turn (the crisis screen leaves its verdict here). */
    public <T> void put(Class<T> type, T value) {
        attributes.put(type, value);
    }

    public <T> Optional<T> get(Class<T> type) {
        return Optional.ofNullable(type.cast(attributes.get(type)));
    }

    public List<Outbound> outputs() {
        return out;
    }
}
