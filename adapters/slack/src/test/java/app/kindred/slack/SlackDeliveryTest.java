package app.kindred.slack;

import app.kindred.adapter.testing.Eventually;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.util.ArrayList;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/** How Slack's answers to Kindred's calls are read: rate limits, refusals, members who are gone. */
@ExtendWith(OutputCaptureExtension.class)
class SlackDeliveryTest extends SlackAppTest {

    private final List<StubMapping> stubs = new ArrayList<>();

    @org.springframework.beans.factory.annotation.Autowired
    HealthIndicator slackHealthIndicator;

    @AfterEach
    void removeStubs() {
        stubs.forEach(API.server()::removeStub);
    }

    @Test
    void a_429_is_waited_out_for_the_retry_after_slack_gave_then_the_message_goes() throws Exception {
        SlackWorkspace.Member yara = slack().member("U0YARA0001", "yara");
        stubs.add(API.server().stubFor(FakeSlackApi.method("chat.postMessage").atPriority(1)
                .withRequestBody(containing("channel=" + yara.dm))
                .inScenario("flood").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(API.rateLimited(1)).willSetStateTo("calm")));
        stubs.add(API.server().stubFor(FakeSlackApi.method("chat.postMessage").atPriority(1)
                .withRequestBody(containing("channel=" + yara.dm))
                .inScenario("flood").whenScenarioStateIs("calm")
                .willReturn(API.fixture("chat.postMessage"))));
        long rateLimitedBefore = slackOutbox.stats().rateLimited();

        yara.runs("helplines");

        Eventually.until(() -> yaraCalls(yara).size() >= 2);
        List<LoggedRequest> attempts = yaraCalls(yara);
        long waited = attempts.get(1).getLoggedDate().getTime() - attempts.get(0).getLoggedDate().getTime();
        assertThat(waited).as("Retry-After: 1 is honoured").isGreaterThanOrEqualTo(1000);
        assertThat(attempts.get(1).getBodyAsString()).isEqualTo(attempts.get(0).getBodyAsString());
        settle();
        assertThat(yaraCalls(yara)).as("sent once more, not again").hasSize(2);
        assertThat(slackOutbox.stats().rateLimited() - rateLimitedBefore).isEqualTo(1);
    }

    @Test
    void a_refusal_such_as_missing_scope_is_logged_by_its_code_never_with_what_the_message_said(CapturedOutput output)
            throws Exception {
        SlackWorkspace.Member zoe = slack().member("U0ZOE00001", "zoe");
        stubs.add(API.server().stubFor(FakeSlackApi.method("chat.postMessage").atPriority(1)
                .withRequestBody(containing("channel=" + zoe.dm))
                .willReturn(API.fixture("missing_scope"))));
        long rejectedBefore = slackOutbox.stats().rejected();

        zoe.runs("helplines");

        Eventually.until(() -> slackOutbox.stats().rejected() > rejectedBefore);
        settle();
        assertThat(zoe.messages()).as("refused for good: not tried again").hasSize(1);
        assertThat(output.getAll()).contains("chat.postMessage: missing_scope (needs groups:write)")
                .doesNotContain("People you can talk to").doesNotContain("helplines");
    }

    @Test
    void a_member_slack_says_is_gone_is_marked_unreachable_and_sent_nothing_more() throws Exception {
        SlackWorkspace.Member ada = slack().member("U0ADA00001", "ada");
        ada.joinsKindred("Europe/Paris");
        ada.runs("checkin 09:30");
        ada.awaitMessage("09:30");
        settle();
        // Ada's account is deactivated: Slack now refuses to open or post in her DM.
        stubs.add(API.server().stubFor(FakeSlackApi.method("chat.postMessage").atPriority(1)
                .withRequestBody(containing("channel=" + ada.dm)).willReturn(API.fixture("user_not_found"))));
        int before = ada.messages().size();

        kindred.clock().advance(java.time.Duration.ofDays(1));
        dispatch.submit(new app.kindred.core.contract.ClockTicked(kindred.clock().instant()));

        Eventually.until(() -> profile(ada).unreachable());
        settle();
        int tried = ada.messages().size();
        assertThat(tried).isGreaterThan(before);
        kindred.clock().advance(java.time.Duration.ofDays(1));
        dispatch.submit(new app.kindred.core.contract.ClockTicked(kindred.clock().instant()));
        settle();
        assertThat(ada.messages()).as("nothing is even tried once Slack said Ada is gone").hasSize(tried);
    }

    @Test
    void a_dm_slack_no_longer_knows_is_opened_afresh() throws Exception {
        SlackWorkspace.Member bea = slack().member("U0BEA00001", "bea");
        // Bea wrote from a DM channel that has since gone (Slack answers channel_not_found there).
        stubs.add(API.server().stubFor(FakeSlackApi.method("chat.postMessage").atPriority(1)
                .withRequestBody(containing("channel=D0STALE001"))
                .willReturn(okJson("{\"ok\":false,\"error\":\"channel_not_found\"}"))));

        bea.writesIn("D0STALE001", "im", "hello", SlackWorkspace.newEventId(), java.util.Map.of());

        bea.nextMessage();
        assertThat(API.calls("conversations.open")).anyMatch(call -> call.path("users").asText().equals(bea.userId));
    }

    @Test
    void a_token_slack_stops_accepting_turns_health_down_until_sends_work_again() throws Exception {
        SlackWorkspace workspace = slack();
        SlackWorkspace.Member cleo = workspace.member("U0CLEO0001", "cleo");
        cleo.joinsKindred("Europe/Dublin");
        settle();
        StubMapping revoked = API.server().stubFor(FakeSlackApi.method("chat.postMessage").atPriority(1)
                .withRequestBody(containing("channel=" + cleo.dm)).willReturn(API.fixture("invalid_auth")));
        long gaveUpBefore = slackOutbox.stats().gaveUp();

        try {
            cleo.runs("helplines");

            Eventually.until(() -> slackOutbox.stats().gaveUp() > gaveUpBefore);
            Health down = slackHealthIndicator.health();
            assertThat(down.getStatus()).isEqualTo(Status.DOWN);
            assertThat(down.getDetails()).containsEntry("tokenRefused", "invalid_auth");
            assertThat(profileOf(cleo).orElseThrow().unreachable()).as("a refused token says nothing about Cleo").isFalse();
        } finally {
            API.server().removeStub(revoked);
        }
        SlackWorkspace.Member dan = workspace.member("U0DAN00001", "dan");
        dan.runs("helplines");
        dan.nextMessage();
        Eventually.until(() -> slackHealthIndicator.health().getStatus().equals(Status.UP));
    }

    private java.util.Optional<app.kindred.core.member.MemberProfile> profileOf(SlackWorkspace.Member member) {
        return kindred.store().members().find(kindred.kindred().services().pseudonyms()
                .of(app.kindred.core.contract.Sender.member(app.kindred.core.contract.Platform.SLACK, FakeSlackApi.TEAM,
                        member.userId, app.kindred.core.contract.LocaleHints.none())));
    }

    private List<LoggedRequest> yaraCalls(SlackWorkspace.Member yara) {
        return API.requests("chat.postMessage").stream()
                .filter(r -> FakeSlackApi.form(r.getBodyAsString()).path("channel").asText().equals(yara.dm)).toList();
    }

    private app.kindred.core.member.MemberProfile profile(SlackWorkspace.Member member) {
        return kindred.store().members().find(kindred.kindred().services().pseudonyms()
                .of(app.kindred.core.contract.Sender.member(app.kindred.core.contract.Platform.SLACK, FakeSlackApi.TEAM,
                        member.userId, app.kindred.core.contract.LocaleHints.none()))).orElseThrow();
    }
}
