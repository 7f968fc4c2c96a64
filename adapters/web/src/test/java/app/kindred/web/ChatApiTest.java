package app.kindred.web;

import app.kindred.core.contract.Platform;
import app.kindred.core.conversation.Kindred;
import app.kindred.core.store.StorePorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The chat's API over real HTTP: what a tab may do, and what it may not do to another tab's member. */
@SpringBootTest(classes = WebChatTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ChatApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Kindred kindred;

    @Autowired
    StorePorts store;

    @Autowired
    ChatSessions sessions;

    private final List<HttpTab> tabs = new ArrayList<>();

    private HttpTab tab() {
        HttpTab tab = new HttpTab(port);
        tabs.add(tab);
        return tab;
    }

    @AfterEach
    void closeTabs() {
        tabs.forEach(HttpTab::close);
    }

    @Test
    void a_tab_that_joins_is_greeted_by_name_on_its_stream_and_can_agree() {
        HttpTab maya = tab();
        assertThat(maya.join("name", "Maya", "community", "local", "locale", "en-GB", "timeZone", "Europe/London").status())
                .isEqualTo(200);

        HttpTab.Event welcome = maya.awaitMessage("I agree, let");
        assertThat(welcome.html()).contains("Hi Maya").contains("call <strong>999</strong>");

        assertThat(maya.press(welcome.buttons().get("I agree, let's start"), welcome.ref()).status()).isEqualTo(202);
        maya.awaitMessage("all set");
        maya.awaitEvent("retire", welcome.ref());
        var member = kindred.services().pseudonyms().of(Platform.WEB, "local", sessionUser(maya));
        var profile = store.members().find(member).orElseThrow();
        assertThat(profile.country()).isEqualTo("GB");
        assertThat(profile.timeZone()).isEqualTo("Europe/London");
    }

    @Test
    void a_second_tab_cannot_press_the_first_tabs_buttons() {
        HttpTab first = tab();
        first.join("name", "First");
        HttpTab.Event welcome = first.awaitMessage("I agree, let");
        HttpTab second = tab();
        second.join("name", "Second");
        second.awaitMessage("Hi Second");

        // The second tab replays the first tab's consent button, even naming the first tab's message.
        assertThat(second.press(welcome.buttons().get("I agree, let's start"), welcome.ref()).status()).isEqualTo(202);

        second.awaitMessage("meant for someone else");
        assertThat(first.events()).noneMatch(e -> e.name().equals("retire"));
        assertThat(store.members().find(kindred.services().pseudonyms().of(Platform.WEB, "local", sessionUser(first))))
                .isEmpty();
        assertThat(store.members().find(kindred.services().pseudonyms().of(Platform.WEB, "local", sessionUser(second))))
                .isEmpty();
    }

    @Test
    void a_request_without_a_live_session_is_told_to_start_again() {
        HttpTab stranger = tab();
        stranger.useToken("made-up-token");

        HttpTab.Answer answer = stranger.say("hello");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body()).contains("Start a new chat to carry on");
        assertThat(stranger.get("/chat/api/stream").status()).isEqualTo(401);
    }

    @Test
    void joining_needs_a_name_of_sensible_length_and_a_plain_community_name() {
        HttpTab tab = tab();
        assertThat(tab.join("name", "  ").body()).contains("choose a display name");
        assertThat(tab.join("name", "\u200B\u2060\u200D").body()).contains("choose a display name");
        assertThat(tab.join("name", "x".repeat(41)).body()).contains("40 characters at most");
        assertThat(tab.join("name", "Ana", "community", "<b>our place</b>").body()).contains("letters, digits and dashes");
        assertThat(tab.token()).isEmpty();
    }

    @Test
    void the_help_link_works_before_joining_and_asks_kindred_for_helplines_first() {
        HttpTab scared = tab();
        assertThat(scared.join("name", "", "locale", "en-GB", "first", "helplines").status()).isEqualTo(200);

        HttpTab.Event first = scared.awaitMessage("Samaritans");
        assertThat(first.seq()).isEqualTo(1);
        assertThat(first.html()).contains("116 123").doesNotContain("I agree");
    }

    @Test
    void a_message_far_beyond_what_kindred_reads_is_refused_with_a_clear_sentence() {
        HttpTab tab = tab();
        tab.join("name", "Long");
        int limit = kindred.services().settings().maxTextLength();

        HttpTab.Answer answer = tab.say("a".repeat(limit * 4 + 1));

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("shorter parts").contains(Integer.toString(limit));
    }

    @Test
    void a_message_a_little_too_long_still_reaches_kindred_which_says_so() {
        HttpTab tab = tab();
        tab.join("name", "Wordy");
        int limit = kindred.services().settings().maxTextLength();

        assertThat(tab.say("a".repeat(limit + 1)).status()).isEqualTo(202);

        tab.awaitMessage("longer than I can read");
    }

    @Test
    void a_message_with_a_broken_character_is_still_read_and_never_written_to_the_log(CapturedOutput log) {
        HttpTab tab = tab();
        tab.join("name", "Noor", "locale", "en-GB");
        tab.awaitMessage("Hi Noor");

        // "I want to end it all" and a byte that is not UTF-8 (a lone surrogate, as some clients encode one).
        HttpTab.Answer answer = tab.postRaw("/chat/api/say", "text=I+want+to+end+it+all+tonight%ED%A0%80");

        assertThat(answer.status()).isEqualTo(202);
        tab.awaitMessage("Samaritans");
        assertThat(log.getAll()).doesNotContain("end it all");
    }

    @Test
    void a_join_with_a_broken_character_in_the_name_is_read_and_the_name_never_logged(CapturedOutput log) {
        HttpTab tab = tab();

        HttpTab.Answer answer = tab.joinRaw("name=Zofia%FF&locale=en-GB");

        assertThat(answer.status()).isEqualTo(200);
        tab.awaitMessage("Hi Zofia");
        assertThat(log.getAll()).doesNotContain("Zofia");
    }

    @Test
    void words_with_markup_are_shown_as_words() {
        HttpTab tab = tab();
        tab.join("name", "<img src=x onerror=alert(1)>");

        HttpTab.Event welcome = tab.awaitMessage("I agree, let");

        assertThat(welcome.html()).contains("Hi &lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x");
    }

    private String sessionUser(HttpTab tab) {
        return sessions.byToken(tab.token()).orElseThrow().sender().userId();
    }
}
