package app.kindred.slack;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlackSettingsTest {

    private static SlackSettings http(String apiUrl, String command) {
        return new SlackSettings(FakeSlackApi.BOT_TOKEN, FakeSlackApi.SIGNING_SECRET, null, SlackSettings.Mode.HTTP,
                SlackSettings.apiUrl(apiUrl), null, command, SlackSettings.defaultOutbox());
    }

    @Test
    void the_api_url_gets_its_trailing_slash_and_the_defaults_fill_in() {
        SlackSettings settings = http("http://127.0.0.1:8089/api", null);

        assertThat(settings.methodsEndpoint()).isEqualTo("http://127.0.0.1:8089/api/");
        assertThat(settings.eventsPath()).isEqualTo("/slack/events");
        assertThat(settings.command()).isEqualTo("/kindred");
        assertThat(settings.toString()).doesNotContain(FakeSlackApi.BOT_TOKEN).doesNotContain(FakeSlackApi.SIGNING_SECRET);
    }

    @Test
    void bad_values_are_refused_with_one_sentence_naming_the_key() {
        assertThatThrownBy(() -> http("ftp://example.org/api/", null)).hasMessageStartingWith("kindred.slack.api-url must be");
        assertThatThrownBy(() -> http("https://slack.com/api/", "kindred")).hasMessageStartingWith("kindred.slack.command must be");
        assertThatThrownBy(() -> SlackSettings.mode("websocket")).hasMessage("kindred.slack.mode must be http or socket.");
        assertThatThrownBy(() -> new SlackSettings(FakeSlackApi.BOT_TOKEN, null, "xoxb-not-an-app-token",
                SlackSettings.Mode.SOCKET, URI.create("https://slack.com/api/"), null, null, SlackSettings.defaultOutbox()))
                .hasMessageStartingWith("KINDRED_SLACK_APP_TOKEN (kindred.slack.app-token) must be an app-level token");
    }

    @Test
    void a_jvm_not_running_in_utf_8_is_refused_because_slack_signatures_would_fail_on_non_ascii_text() {
        assertThatThrownBy(() -> SlackSettings.requireUtf8(StandardCharsets.ISO_8859_1))
                .hasMessage("Slack signs requests in UTF-8 but this Java runs with ISO-8859-1: start it with "
                        + "-Dfile.encoding=UTF-8 (or a UTF-8 locale) so Kindred can verify them.");
        SlackSettings.requireUtf8(StandardCharsets.UTF_8);
    }
}
