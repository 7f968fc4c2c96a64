package app.kindred.slack;

import app.kindred.core.contract.ClockTicked;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A peer group on Slack meets in a private space Kindred opens: a private channel, or a group DM when
 * the app may not make channels. Members join a topic, accept their invitations, and Kindred opens the
 * space and welcomes them in it, all through signed requests and the real SDK.
 */
class SlackGroupSpaceTest extends SlackAppTest {

    private final List<StubMapping> stubs = new ArrayList<>();

    @AfterEach
    void removeStubs() {
        stubs.forEach(API.server()::removeStub);
    }

    @Test
    void a_group_opens_as_a_private_channel_its_members_are_invited_and_welcomed_there() throws Exception {
        List<SlackWorkspace.Member> group = formGroup("grief", "U0GA", "Europe/London");
        int created = API.calls("conversations.create").size();

        acceptInvitations(group);

        JsonNode create = API.await("conversations.create", call -> call.path("name").asText().startsWith("kindred-grief-"));
        assertThat(create.path("is_private").asText()).as("Slack reads 1 as true").isIn("1", "true");
        assertThat(API.calls("conversations.create")).hasSize(created + 1);
        JsonNode invite = API.await("conversations.invite", call -> call.path("users").asText().contains("U0GA000001"));
        assertThat(invite.path("channel").asText()).isEqualTo("C0GROUP001");
        // The group opens once enough have said yes; an invitation still open then is withdrawn.
        List<String> invited = List.of(invite.path("users").asText().split(","));
        assertThat(invited).hasSizeGreaterThanOrEqualTo(3)
                .isSubsetOf(group.stream().map(m -> m.userId).toList());
        JsonNode welcome = API.await("chat.postMessage", call -> call.path("channel").asText().equals("C0GROUP001")
                && SlackWorkspace.text(call).contains("Welcome to your"));
        assertThat(SlackWorkspace.text(welcome)).contains("This channel is just for you");
        for (SlackWorkspace.Member member : group) {
            if (invited.contains(member.userId)) {
                member.awaitMessage("group is open: look for its private channel");
            }
        }
    }

    @Test
    void without_the_right_to_make_channels_the_group_meets_in_a_group_dm() throws Exception {
        stubs.add(API.server().stubFor(FakeSlackApi.method("conversations.create").atPriority(1)
                .withRequestBody(containing("name=kindred-work-stress")).willReturn(API.fixture("missing_scope"))));
        stubs.add(API.server().stubFor(FakeSlackApi.method("conversations.open").atPriority(1)
                .withRequestBody(containing("U0GB000001")).withRequestBody(containing("U0GB000002"))
                .willReturn(okJson("{\"ok\":true,\"channel\":{\"id\":\"G0MPDM0001\"}}"))));
        List<SlackWorkspace.Member> group = formGroup("work-stress", "U0GB", "Europe/Madrid");
        int invites = API.calls("conversations.invite").size();

        acceptInvitations(group);

        JsonNode welcome = API.await("chat.postMessage", call -> call.path("channel").asText().equals("G0MPDM0001"));
        assertThat(SlackWorkspace.text(welcome)).contains("Welcome to your");
        settle();
        assertThat(API.calls("conversations.invite")).as("no channel, so nobody to invite").hasSize(invites);
    }

    private List<SlackWorkspace.Member> formGroup(String topic, String idPrefix, String zone) {
        SlackWorkspace workspace = slack();
        List<SlackWorkspace.Member> group = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            SlackWorkspace.Member member = workspace.member(idPrefix + "00000" + i, "member" + i);
            member.joinsKindred(zone);
            member.runs("groups join " + topic);
            member.awaitMessage("You're on the waitlist");
            group.add(member);
        }
        return group;
    }

    private void acceptInvitations(List<SlackWorkspace.Member> group) {
        kindred.clock().advance(Duration.ofMinutes(1));
        dispatch.submit(new ClockTicked(kindred.clock().instant()));
        for (SlackWorkspace.Member member : group) {
            JsonNode invitation = member.awaitMessage("An invitation:");
            member.presses(invitation, "Yes, I'll join");
        }
    }
}
