package app.kindred.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Someone adds Kindred to their Telegram group: it introduces itself there, in their language. */
class TelegramGroupIntroductionTest {

    private final TelegramHarness telegram = new TelegramHarness().start();
    private final TelegramHarness.Member lena = telegram.member(222222222L, "Lena", "de");

    @AfterEach
    void stop() {
        telegram.close();
    }

    @Test
    void added_to_a_group_kindred_says_who_it_is_and_to_write_to_it_privately() {
        lena.sends("added-to-group");

        List<JsonNode> sent = telegram.api.await("sendMessage", 1);
        JsonNode intro = sent.get(0);
        assertThat(intro.path("chat_id").asText()).isEqualTo("-1001234567890");
        assertThat(intro.path("text").asText())
                .contains("Kindred")
                .contains("privaten Chat")
                .contains("/start")
                .contains("Notrufnummer");
        assertThat(intro.path("reply_markup").path("inline_keyboard").size()).as("nothing to press in the group").isZero();
    }
}
