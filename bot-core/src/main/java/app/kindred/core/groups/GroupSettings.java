package app.kindred.core.groups;

import app.kindred.core.contract.Platform;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How peer groups and buddies behave, as plain values the app fills from its configuration.
 *
 * @param sizes             group sizes unless a community says otherwise
 * @param sizesByCommunity  per-community sizes, keyed by {@link TopicKey#communityKey(Platform, String)}
 * @param topics            topic ids offered everywhere; each has a name and description in prompts/
 * @param maxZoneGap        the widest gap between members' UTC offsets within one group
 * @param invitationValidity how long an invitation can be answered
 * @param fillWait          a group smaller than the target forms only once its longest-waiting member
 *                          has waited this long; until then Kindred hopes for more people
 * @param sweepEvery        how often every waitlist is looked at, besides the ones that just changed
 * @param maxActive         supporter care: groups, buddies and open invitations one member has at once
 * @param coolDown          supporter care: no new invitation for this long after a group ends or is left
 * @param crisisWindow      no invitation while a crisis signal is more recent than this
 * @param tipEvery          how often an open group gets a listening tip
 * @param groupLastsFor     a group ends (kindly) after this long
 * @param buddyLastsFor     a buddy pairing ends after this long
 * @param buddyCheckBack    when Kindred asks a buddy pair whether they talked
 * @param openingTimeout    how long to wait for the platform to open a space before relaying instead
 * @param reportsPerDay     reports one member may send in 24 hours
 * @param spaces            which platforms open private spaces; the others relay
 */
public record GroupSettings(GroupSizes sizes, Map<String, GroupSizes> sizesByCommunity, List<String> topics,
                            Duration maxZoneGap, Duration invitationValidity, Duration fillWait,
                            Duration sweepEvery, int maxActive, Duration coolDown, Duration crisisWindow,
                            Duration tipEvery, Duration groupLastsFor, Duration buddyLastsFor,
                            Duration buddyCheckBack, Duration openingTimeout, int reportsPerDay,
                            SpaceCapability spaces) {

    public static final List<String> DEFAULT_TOPICS =
            List.of("work-stress", "anxiety", "new-parents", "grief", "students", "carers", "lgbtq");

    public GroupSettings {
        Objects.requireNonNull(sizes, "sizes");
        sizesByCommunity = Map.copyOf(sizesByCommunity);
        topics = List.copyOf(topics);
        for (String topic : topics) {
            if (!topic.matches("[a-z0-9-]{1,16}") || topic.equals(TopicKey.BUDDY)) {
                throw new IllegalArgumentException("topic id '" + topic
                        + "' must be 1-16 lower-case letters, digits or '-', and not 'buddy'");
            }
        }
        for (Duration d : List.of(maxZoneGap, invitationValidity, fillWait, sweepEvery, coolDown, crisisWindow,
                tipEvery, groupLastsFor, buddyLastsFor, buddyCheckBack, openingTimeout)) {
            if (d.isNegative()) {
                throw new IllegalArgumentException("group durations cannot be negative");
            }
        }
        if (maxActive < 1 || reportsPerDay < 1) {
            throw new IllegalArgumentException("maxActive and reportsPerDay must be at least 1");
        }
        Objects.requireNonNull(spaces, "spaces");
    }

    public static GroupSettings defaults() {
        return new GroupSettings(GroupSizes.defaults(), Map.of(), DEFAULT_TOPICS, Duration.ofHours(3),
                Duration.ofHours(48), Duration.ofHours(24), Duration.ofMinutes(15), 2, Duration.ofDays(3),
                Duration.ofDays(3), Duration.ofDays(7), Duration.ofDays(56), Duration.ofDays(28),
                Duration.ofDays(7), Duration.ofHours(1), 3, SpaceCapability.defaults());
    }

    /** The sizes for one topic's waitlist: a buddy pairing is always two. */
    public GroupSizes sizesFor(TopicKey topic) {
        if (topic.isBuddy()) {
            return GroupSizes.pair();
        }
        return sizesByCommunity.getOrDefault(topic.communityKey(), sizes);
    }

    public boolean offers(String topic) {
        return topics.contains(topic);
    }

    public GroupSettings withSpaces(SpaceCapability newSpaces) {
        return new GroupSettings(sizes, sizesByCommunity, topics, maxZoneGap, invitationValidity, fillWait,
                sweepEvery, maxActive, coolDown, crisisWindow, tipEvery, groupLastsFor, buddyLastsFor,
                buddyCheckBack, openingTimeout, reportsPerDay, newSpaces);
    }

    public GroupSettings withCommunitySizes(Platform platform, String community, GroupSizes communitySizes) {
        Map<String, GroupSizes> merged = new java.util.HashMap<>(sizesByCommunity);
        merged.put(TopicKey.communityKey(platform, community), communitySizes);
        return new GroupSettings(sizes, merged, topics, maxZoneGap, invitationValidity, fillWait, sweepEvery,
                maxActive, coolDown, crisisWindow, tipEvery, groupLastsFor, buddyLastsFor, buddyCheckBack,
                openingTimeout, reportsPerDay, spaces);
    }

    public GroupSettings withMaxActive(int newMaxActive) {
        return new GroupSettings(sizes, sizesByCommunity, topics, maxZoneGap, invitationValidity, fillWait,
                sweepEvery, newMaxActive, coolDown, crisisWindow, tipEvery, groupLastsFor, buddyLastsFor,
                buddyCheckBack, openingTimeout, reportsPerDay, spaces);
    }
}
