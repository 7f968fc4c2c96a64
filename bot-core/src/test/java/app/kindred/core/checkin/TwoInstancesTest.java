package app.kindred.core.checkin;

import app.kindred.core.KindredAssembly;
import app.kindred.core.contract.ButtonPressed;
import app.kindred.core.contract.ClockTicked;
import app.kindred.core.contract.CommandIssued;
import app.kindred.core.contract.LocaleHints;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Outbound;
import app.kindred.core.contract.Part;
import app.kindred.core.contract.Place;
import app.kindred.core.contract.Platform;
import app.kindred.core.contract.Sender;
import app.kindred.core.conversation.CoreSettings;
import app.kindred.core.conversation.Kindred;
import app.kindred.core.crisis.YamlHelplineDirectory;
import app.kindred.core.member.Secrets;
import app.kindred.core.prompts.YamlPrompts;
import app.kindred.core.store.EmbeddedStore;
import app.kindred.core.store.EmbeddedStorePorts;
import app.kindred.core.store.StorePorts;
import app.kindred.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances of Kindred share one store and tick at the same moments: every check-in goes out once. */
class TwoInstancesTest {

    @Test
    void two_instances_ticking_together_send_each_occurrence_exactly_once() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T06:00:00Z"));
        StorePorts store = new EmbeddedStorePorts(EmbeddedStore.inMemory());
        Secrets secrets = Secrets.random();
        Kindred one = instance(clock, store, secrets);
        Kindred two = instance(clock, store, secrets);

        int members = 300;
        for (int i = 0; i < members; i++) {
            Sender sender = Sender.member(Platform.WEB, "local", "user-" + i, new LocaleHints("en", null, "Europe/London"));
            Place dm = Place.direct("dm-" + i);
            String consent = one.handle(new CommandIssued(sender, dm, "start", "")).stream()
                    .filter(Message.class::isInstance).map(Message.class::cast)
                    .flatMap(m -> m.parts().stream()).filter(Part.Buttons.class::isInstance).map(Part.Buttons.class::cast)
                    .flatMap(row -> row.buttons().stream()).filter(b -> b.style() == Part.Style.PRIMARY)
                    .findFirst().orElseThrow().payload();
            (i % 2 == 0 ? one : two).handle(new ButtonPressed(sender, dm, consent, ""));
            two.handle(new CommandIssued(sender, dm, "checkin", String.format("07:%02d", i % 60)));
        }

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Message> sent = Collections.synchronizedList(new ArrayList<>());
        for (int minute = 0; minute < 24 * 60; minute++) {
            clock.advance(Duration.ofMinutes(1));
            ClockTicked tick = new ClockTicked(clock.instant());
            CountDownLatch together = new CountDownLatch(1);
            List<Future<List<Outbound>>> ticks = List.of(
                    pool.submit(() -> { together.await(); return one.handle(tick); }),
                    pool.submit(() -> { together.await(); return two.handle(tick); }));
            together.countDown();
            for (Future<List<Outbound>> result : ticks) {
                result.get(10, TimeUnit.SECONDS).stream().filter(Message.class::isInstance).map(Message.class::cast).forEach(sent::add);
            }
        }
        pool.shutdown();

        assertThat(sent).hasSize(members);
        assertThat(sent).extracting(Message::deliveryKey).doesNotHaveDuplicates();
    }

    private static Kindred instance(MutableClock clock, StorePorts store, Secrets secrets) {
        return KindredAssembly.assemble(new KindredAssembly.Parts(CoreSettings.defaults(), secrets, clock,
                YamlPrompts.bundled(), YamlHelplineDirectory.bundled(), store));
    }
}
