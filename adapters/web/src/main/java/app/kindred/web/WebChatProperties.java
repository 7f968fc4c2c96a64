package app.kindred.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

import java.time.Duration;

/**
 * The web chat's settings, {@code kindred.web.*}.
 *
 * @param enabled               false switches the web chat off everywhere
 * @param openToPublic          {@code kindred.web.public}: serve clients beyond this machine, with the limits below
 * @param defaultCommunity      the community offered on the join form
 * @param maxSessions           tabs (members) held at once; the oldest idle ones make room
 * @param sessionIdle           how long a tab may be silent and disconnected before its session ends
 * @param historySize           messages kept per tab so a reload or a reconnect shows them again
 * @param maxNameLength         longest display name and community name
 * @param joinsPerIpPerHour     public mode: new chats one address may start in an hour
 * @param requestsPerIpPerMinute public mode: messages and presses one address may send in a minute
 */
@ConfigurationProperties("kindred.web")
public record WebChatProperties(
        @DefaultValue("true") boolean enabled,
        @Name("public") @DefaultValue("false") boolean openToPublic,
        @DefaultValue("local") String defaultCommunity,
        @DefaultValue("1000") int maxSessions,
        @DefaultValue("12h") Duration sessionIdle,
        @DefaultValue("200") int historySize,
        @DefaultValue("40") int maxNameLength,
        @DefaultValue("10") int joinsPerIpPerHour,
        @DefaultValue("60") int requestsPerIpPerMinute) {

    public WebChatProperties {
        if (maxSessions < 1 || historySize < 1 || maxNameLength < 1 || joinsPerIpPerHour < 1
                || requestsPerIpPerMinute < 1) {
            throw new IllegalArgumentException("kindred.web limits must be positive numbers");
        }
        if (!defaultCommunity.matches(ChatSessions.COMMUNITY_PATTERN)) {
            throw new IllegalArgumentException("kindred.web.default-community must be letters, digits, '-' or '_'");
        }
    }
}
