package app.kindred.telegram;

import app.kindred.core.delivery.OutboxSettings;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TelegramSettingsTest {

    private static final String TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1";

    @Test
    void a_malformed_token_fails_with_one_sentence_that_does_not_repeat_it() {
        assertThatThrownBy(() -> settings("not-a-token-but-a-secret", "https://api.telegram.org"))
                .hasMessageContaining("KINDRED_TELEGRAM_TOKEN")
                .hasMessageContaining("@BotFather")
                .hasMessageNotContaining("not-a-token-but-a-secret");
    }

    @Test
    void the_api_url_may_point_at_a_proxy_or_a_fake_but_not_at_a_path() {
        var local = settings(TOKEN, "http://127.0.0.1:8081").telegramUrl();
        assertThat(local.getSchema()).isEqualTo("http");
        assertThat(local.getHost()).isEqualTo("127.0.0.1");
        assertThat(local.getPort()).isEqualTo(8081);
        assertThat(settings(TOKEN, "https://api.telegram.org").telegramUrl().getPort()).isEqualTo(443);

        assertThatThrownBy(() -> settings(TOKEN, "https://proxy.example.org/telegram"))
                .hasMessageContaining("kindred.telegram.api-url");
    }

    @Test
    void webhook_mode_needs_a_public_https_address_and_a_secret() {
        assertThatThrownBy(() -> new TelegramSettings(TOKEN, URI.create("https://api.telegram.org"), TelegramSettings.Mode.WEBHOOK,
                "http://kindred.example.org", null, "s3cret", OutboxSettings.telegram()))
                .hasMessageContaining("public-url");
        assertThatThrownBy(() -> new TelegramSettings(TOKEN, URI.create("https://api.telegram.org"), TelegramSettings.Mode.WEBHOOK,
                "https://kindred.example.org", null, "not allowed!", OutboxSettings.telegram()))
                .hasMessageContaining("webhook.secret");

        var webhook = new TelegramSettings(TOKEN, URI.create("https://api.telegram.org"), TelegramSettings.Mode.WEBHOOK,
                "https://kindred.example.org/", null, "s3cret", OutboxSettings.telegram());
        assertThat(webhook.webhookEndpoint()).isEqualTo("https://kindred.example.org/telegram/webhook");
        assertThat(webhook.toString()).doesNotContain("AAHdq");
    }

    @Test
    void an_unknown_mode_is_named() {
        assertThatThrownBy(() -> TelegramSettings.mode("carrier-pigeon")).hasMessageContaining("polling or webhook");
        assertThat(TelegramSettings.mode("Long-Polling")).isEqualTo(TelegramSettings.Mode.POLLING);
    }

    private static TelegramSettings settings(String token, String apiUrl) {
        return new TelegramSettings(token, TelegramSettings.apiUrl(apiUrl), TelegramSettings.Mode.POLLING, null, null, null,
                OutboxSettings.telegram());
    }
}
