package app.kindred.adapter.testing;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class InboxTest {

    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final Inbox<String> inbox = new Inbox<>("Maya", () -> sent, Function.identity(), () -> "all sent: " + sent);

    @Test
    void messages_are_read_in_the_order_they_were_sent() {
        sent.addAll(List.of("Hi Maya", "How are you feeling?"));

        assertThat(inbox.next()).isEqualTo("Hi Maya");
        assertThat(inbox.next()).isEqualTo("How are you feeling?");
    }

    @Test
    void waiting_for_words_passes_over_the_messages_before_them() {
        sent.addAll(List.of("Hi Maya", "How are you feeling?", "You're all set"));

        assertThat(inbox.containing("all set")).isEqualTo("You're all set");
        sent.add("Thanks");
        assertThat(inbox.next()).isEqualTo("Thanks");
    }

    @Test
    void a_message_sent_while_the_test_waits_is_still_read() {
        new Thread(() -> {
            Eventually.pause();
            sent.add("late but here");
        }).start();

        assertThat(inbox.next()).isEqualTo("late but here");
    }

    @Test
    void what_was_sent_before_skipping_is_never_read() {
        sent.add("old");
        inbox.skipAll();
        sent.add("new");

        assertThat(inbox.next()).isEqualTo("new");
    }
}
