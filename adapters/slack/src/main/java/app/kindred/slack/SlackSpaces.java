package app.kindred.slack;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Lifecycle;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.OpenSpace;
import app.kindred.core.contract.Platform;
import app.kindred.core.delivery.Delivery;
import app.kindred.core.delivery.DeliveryFailure;
import app.kindred.core.delivery.Outbox;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.conversations.ConversationsArchiveResponse;
import com.slack.api.methods.response.conversations.ConversationsCreateResponse;
import com.slack.api.methods.response.conversations.ConversationsInviteResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Opens a group's private space: a private channel (conversations.create with is_private, then
 * conversations.invite), or, when the bot may not make channels, a group DM of up to eight people
 * (conversations.open). Runs on the outbox like any other call, so rate limits and Retry-After apply;
 * it answers the core with {@link Lifecycle.SpaceOpened} or {@link Lifecycle.SpaceNotOpened}, and a
 * channel made for a group it could not fill is archived, so nothing is left half-made.
 */
final class SlackSpaces {

    private static final Logger LOG = LoggerFactory.getLogger(SlackSpaces.class);
    /** A group DM holds Kindred and at most eight others. */
    static final int GROUP_DM_LIMIT = 8;
    /** What Slack answers when this bot may not make private channels, so a group DM is tried instead. */
    private static final Set<String> NO_CHANNEL_RIGHTS = Set.of("missing_scope", "restricted_action",
            "not_allowed_token_type", "no_permission");
    private static final int NAME_LIMIT = 80;
    private static final int NAME_ATTEMPTS = 3;

    private final MethodsClient methods;
    private final Consumer<Lifecycle> report;
    private final SlackOutboxEvents outboxEvents;
    private Outbox outbox;

    SlackSpaces(MethodsClient methods, Consumer<Lifecycle> report, SlackOutboxEvents outboxEvents) {
        this.methods = methods;
        this.report = report;
        this.outboxEvents = outboxEvents;
    }

    /** The outbox is made after this (its listener reports for us), so it is handed over once it exists. */
    void sendThrough(Outbox sendingOutbox) {
        this.outbox = sendingOutbox;
    }

    void open(OpenSpace request) {
        Opening opening = new Opening(request);
        Delivery delivery = new Delivery(new Address.Space(Platform.SLACK, request.community(), "open/" + request.requestId()),
                Message.Urgency.REPLY, "open-space/" + request.requestId(), "space-request-" + request.requestId(),
                List.of(opening::step));
        outboxEvents.whenAbandoned(delivery, opening::abandon);
        outbox.submit(delivery);
    }

    /** Slack channel names: lower case, no spaces or dots, at most 80 characters. */
    static String channelName(String wanted) {
        String name = wanted.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("-{2,}", "-");
        name = name.replaceAll("^-+", "");
        if (name.isEmpty()) {
            name = "kindred-group";
        }
        return name.length() > NAME_LIMIT ? name.substring(0, NAME_LIMIT) : name;
    }

    /** One request's progress; kept between attempts, so a retry after a 429 carries on where it stopped. */
    private final class Opening {
        private final OpenSpace request;
        private final List<String> users;
        private String channel;
        private boolean privateChannel = true;
        private boolean invited;
        private boolean finished;

        Opening(OpenSpace request) {
            this.request = request;
            this.users = request.members().stream().map(Address.Direct::userId).distinct().toList();
        }

        void step() throws DeliveryFailure {
            if (finished) {
                return;
            }
            if (users.isEmpty()) {
                fail("no_members");
                return;
            }
            if (privateChannel && channel == null) {
                createChannel();
            }
            if (privateChannel && channel != null && !invited) {
                invite();
            }
            if (!finished && !privateChannel) {
                openGroupDm();
            }
            if (!finished) {
                finished = true;
                LOG.info("Slack opened a {} for group request {}", privateChannel ? "private channel" : "group DM",
                        request.requestId());
                report.accept(new Lifecycle.SpaceOpened(Platform.SLACK, request.community(), request.requestId(), channel));
            }
        }

        private void createChannel() throws DeliveryFailure {
            String base = channelName(request.name());
            for (int attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
                String name = attempt == 0 ? base : channelName(base.substring(0, Math.min(base.length(), NAME_LIMIT - 3)) + "-" + (attempt + 1));
                ConversationsCreateResponse created = SlackMessenger.call(() -> methods.conversationsCreate(r -> r
                        .name(name).isPrivate(true)), "conversations.create");
                if (created.isOk() && created.getChannel() != null) {
                    channel = created.getChannel().getId();
                    return;
                }
                if (NO_CHANNEL_RIGHTS.contains(created.getError())) {
                    LOG.warn("Slack would not let Kindred make a private channel ({}{}); a group DM is used instead",
                            created.getError(), created.getNeeded() == null ? "" : ", needs " + created.getNeeded());
                    privateChannel = false;
                    return;
                }
                if (!"name_taken".equals(created.getError())) {
                    throwOrFail(SlackFailures.classify("conversations.create", created.getError(), created.getNeeded()));
                    return;
                }
            }
            fail("name_taken");
        }

        private void invite() throws DeliveryFailure {
            ConversationsInviteResponse response = SlackMessenger.call(() -> methods.conversationsInvite(r -> r
                    .channel(channel).users(users).force(true)), "conversations.invite");
            if (response.isOk() || "already_in_channel".equals(response.getError())) {
                invited = true;
                return;
            }
            if (NO_CHANNEL_RIGHTS.contains(response.getError())) {
                LOG.warn("Slack would not let Kindred invite members to a private channel ({}); a group DM is used instead",
                        response.getError());
                archive();
                privateChannel = false;
                return;
            }
            DeliveryFailure failure = SlackFailures.classify("conversations.invite", response.getError(), response.getNeeded());
            if (failure.kind() == DeliveryFailure.Kind.TRANSIENT) {
                throw failure;
            }
            archive();
            fail(response.getError());
        }

        private void openGroupDm() throws DeliveryFailure {
            if (users.size() > GROUP_DM_LIMIT) {
                fail("too_many_for_group_dm");
                return;
            }
            ConversationsOpenResponse opened = SlackMessenger.call(() -> methods.conversationsOpen(r -> r.users(users)),
                    "conversations.open");
            if (opened.isOk() && opened.getChannel() != null) {
                channel = opened.getChannel().getId();
                return;
            }
            throwOrFail(SlackFailures.classify("conversations.open", opened.getError(), opened.getNeeded()));
        }

        /** Transient failures go back to the outbox to be retried; anything else ends the request. */
        private void throwOrFail(DeliveryFailure failure) throws DeliveryFailure {
            if (failure.kind() == DeliveryFailure.Kind.TRANSIENT || failure.kind() == DeliveryFailure.Kind.RATE_LIMITED) {
                throw failure;
            }
            fail(failure.reason());
        }

        private void fail(String reason) {
            finished = true;
            String code = reason == null ? "unknown" : reason;
            LOG.warn("Slack could not open a space for group request {} ({})", request.requestId(), code);
            report.accept(new Lifecycle.SpaceNotOpened(Platform.SLACK, request.community(), request.requestId(), code));
        }

        /** The outbox gave up retrying: tidy up and tell the core, which lets the group meet as a relay circle. */
        void abandon() {
            if (finished) {
                return;
            }
            if (privateChannel && channel != null) {
                archive();
            }
            fail("slack_unavailable");
        }

        /** Best effort: a channel that cannot be archived is logged, and the core is told either way. */
        private void archive() {
            String made = channel;
            channel = null;
            try {
                ConversationsArchiveResponse archived = methods.conversationsArchive(r -> r.channel(made));
                if (!archived.isOk()) {
                    LOG.warn("Slack did not archive the unfilled channel of group request {} ({})", request.requestId(),
                            archived.getError());
                }
            } catch (Exception e) {
                LOG.warn("Slack did not archive the unfilled channel of group request {} ({})", request.requestId(),
                        e.getClass().getSimpleName());
            }
        }
    }
}
