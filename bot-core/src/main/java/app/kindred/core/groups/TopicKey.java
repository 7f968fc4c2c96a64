package app.kindred.core.groups;

import app.kindred.core.contract.Platform;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One topic's waitlist in one community. Members of different communities never meet, so the
 * platform and community are part of every topic.
 *
 * @param topic a topic id such as "work-stress", or {@link #BUDDY} for buddy pairing
 */
public record TopicKey(Platform platform, String community, String topic) {

    /** The waitlist of members looking for a buddy rather than a group. */
    public static final String BUDDY = "buddy";
    private static final char SEPARATOR = '\u001f';
    private static final Pattern TOPIC = Pattern.compile("[a-z0-9-]{1,16}");

    public TopicKey {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(topic, "topic");
        if (!TOPIC.matcher(topic).matches()) {
            throw new IllegalArgumentException("topic ids are 1-16 lower-case letters, digits or '-'");
        }
    }

    public boolean isBuddy() {
        return BUDDY.equals(topic);
    }

    /** A storage key that sorts topics of one community together. */
    public String encoded() {
        return platform.code() + SEPARATOR + community + SEPARATOR + topic;
    }

    public static TopicKey decode(String encoded) {
        String[] fields = encoded.split(String.valueOf(SEPARATOR), -1);
        if (fields.length != 3) {
            throw new IllegalArgumentException("not a topic key");
        }
        return new TopicKey(platformOf(fields[0]), fields[1], fields[2]);
    }

    /** The key settings use for a community: "sl:T123". */
    public String communityKey() {
        return communityKey(platform, community);
    }

    public static String communityKey(Platform platform, String community) {
        return platform.code() + ":" + community;
    }

    static Platform platformOf(String code) {
        for (Platform platform : Platform.values()) {
            if (platform.code().equals(code)) {
                return platform;
            }
        }
        throw new IllegalArgumentException("unknown platform code " + code);
    }
}
