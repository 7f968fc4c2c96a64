package app.kindred.core.member;

import app.kindred.core.contract.Platform;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What Kindred keeps about a member beyond their moods: settings, consent and the sealed address.
 *
 * @param sealedAddress the {@link AddressVault}-sealed address used to message the member
 * @param language      chosen or hinted language code
 * @param country       chosen or hinted country code, or null
 * @param timeZone      IANA zone id, or null until known
 * @param consentedAt   when the member agreed to what is stored, or null before that
 * @param paused        check-ins and invitations are on hold (holidays)
 * @param unreachable   the platform refused delivery for good; nothing is scheduled for them
 */
public record MemberProfile(MemberId id, Platform platform, String community, byte[] sealedAddress,
                            String language, String country, String timeZone, Instant createdAt,
                            Instant consentedAt, boolean paused, boolean unreachable) {

    public MemberProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(sealedAddress, "sealedAddress");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean hasConsented() {
        return consentedAt != null;
    }

    public Optional<String> countryCode() {
        return Optional.ofNullable(country);
    }

    public Optional<String> zone() {
        return Optional.ofNullable(timeZone);
    }

    /** The profile as the member reads it in their export; the sealed address is described, not dumped. */
    public Map<String, Object> exportView() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("platform", platform.name().toLowerCase(Locale.ROOT));
        out.put("community", community);
        out.put("language", language);
        out.put("country", country);
        out.put("timeZone", timeZone);
        out.put("createdAt", createdAt.toString());
        out.put("consentedAt", consentedAt == null ? null : consentedAt.toString());
        out.put("paused", paused);
        out.put("unreachable", unreachable);
        out.put("address", "encrypted; used only to send you messages");
        return out;
    }

    public MemberProfile withLanguage(String newLanguage) {
        return new MemberProfile(id, platform, community, sealedAddress, newLanguage, country, timeZone,
                createdAt, consentedAt, paused, unreachable);
    }

    public MemberProfile withCountry(String newCountry) {
        return new MemberProfile(id, platform, community, sealedAddress, language, newCountry, timeZone,
                createdAt, consentedAt, paused, unreachable);
    }

    public MemberProfile withTimeZone(String newZone) {
        return new MemberProfile(id, platform, community, sealedAddress, language, country, newZone,
                createdAt, consentedAt, paused, unreachable);
    }

    public MemberProfile withConsent(Instant at) {
        return new MemberProfile(id, platform, community, sealedAddress, language, country, timeZone,
                createdAt, at, paused, unreachable);
    }

    public MemberProfile withPaused(boolean nowPaused) {
        return new MemberProfile(id, platform, community, sealedAddress, language, country, timeZone,
                createdAt, consentedAt, nowPaused, unreachable);
    }

    public MemberProfile withUnreachable(boolean nowUnreachable) {
        return new MemberProfile(id, platform, community, sealedAddress, language, country, timeZone,
                createdAt, consentedAt, paused, nowUnreachable);
    }

    public MemberProfile withSealedAddress(byte[] sealed) {
        return new MemberProfile(id, platform, community, sealed, language, country, timeZone,
                createdAt, consentedAt, paused, unreachable);
    }
}
