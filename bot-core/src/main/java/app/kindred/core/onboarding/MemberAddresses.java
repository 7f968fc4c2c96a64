package app.kindred.core.onboarding;

import app.kindred.core.contract.Address;
import app.kindred.core.conversation.Services;
import app.kindred.core.member.MemberProfile;

/** Opens a member's sealed address when Kindred writes to them on its own (check-ins, invitations). */
public final class MemberAddresses {

    private final Services services;

    public MemberAddresses(Services services) {
        this.services = services;
    }

    public Address.Direct of(MemberProfile profile) {
        return services.vault().open(profile.id(), profile.sealedAddress());
    }
}
