package app.kindred.core.groups;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Part;
import app.kindred.core.conversation.Services;
import app.kindred.core.member.MemberId;
import app.kindred.core.member.MemberProfile;
import app.kindred.core.onboarding.MemberAddresses;
import app.kindred.core.prompts.Say;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes to members Kindred is not answering right now (the others in a group, invitees on the clock):
 * opens their sealed address and speaks their language. A member who has gone (forgotten) is skipped.
 */
final class Reach {

    private final Services services;
    private final MemberAddresses addresses;
    private final java.util.Map<String, Say> says = new java.util.concurrent.ConcurrentHashMap<>();

    Reach(Services services) {
        this.services = services;
        this.addresses = new MemberAddresses(services);
    }

    /** A member Kindred can write to: their profile, address and language. */
    record Reachable(MemberProfile profile, Address.Direct address, Say say) {
    }

    Optional<Reachable> member(MemberId member) {
        return services.members().find(member).flatMap(this::member);
    }

    /** A member whose profile was just read. */
    Optional<Reachable> member(MemberProfile profile) {
        return Optional.of(profile).filter(MemberProfile::hasConsented)
                .map(p -> new Reachable(p, addresses.of(p), say(p.language())));
    }

    /** A message to one member in their language, or empty when they cannot be reached. */
    Optional<Message> message(MemberId member, Message.Urgency urgency, String deliveryKey,
                              Function<Say, List<Part>> parts) {
        return member(member).map(r -> new Message(r.address(), parts.apply(r.say()), urgency, deliveryKey));
    }

    /** Prompts in one language; one per language is kept, as Say holds nothing else. */
    Say say(String language) {
        return says.computeIfAbsent(language, l -> new Say(services.prompts(), l));
    }
}
