package app.kindred.core.testing;

import app.kindred.core.KindredAssembly;
import app.kindred.core.contract.ClockTicked;
import app.kindred.core.contract.Inbound;
import app.kindred.core.contract.LocaleHints;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Outbound;
import app.kindred.core.contract.Platform;
import app.kindred.core.conversation.CoreSettings;
import app.kindred.core.conversation.Kindred;
import app.kindred.core.crisis.YamlHelplineDirectory;
import app.kindred.core.member.Secrets;
import app.kindred.core.prompts.YamlPrompts;
import app.kindred.core.store.EmbeddedStore;
import app.kindred.core.store.EmbeddedStorePorts;
import app.kindred.core.store.StorePorts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An in-memory platform for scenario tests: members write, press and receive messages through the real
 * core on the real embedded store, and tests read like the conversation.
 */
public final class TestPlatform {

    public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final YamlPrompts PROMPTS = YamlPrompts.bundled();

    private final MutableClock clock;
    private final StorePorts store;
    private final Kindred kindred;
    private final List<Outbound> delivered = new ArrayList<>();

    private TestPlatform(MutableClock clock, StorePorts store, CoreSettings settings) {
        this(clock, store, settings, UnaryOperator.identity());
    }

    private TestPlatform(MutableClock clock, StorePorts store, CoreSettings settings,
                         UnaryOperator<KindredAssembly.Parts> adjust) {
        this.clock = clock;
        this.store = store;
        this.kindred = KindredAssembly.assemble(adjust.apply(new KindredAssembly.Parts(settings, Secrets.random(), clock,
                PROMPTS, YamlHelplineDirectory.bundled(), store)));
    }

    /** A platform on a fresh in-memory embedded store. */
    public static TestPlatform start() {
        return start(UnaryOperator.identity());
    }

    public static TestPlatform start(UnaryOperator<CoreSettings> settings) {
        return new TestPlatform(new MutableClock(START), new EmbeddedStorePorts(EmbeddedStore.inMemory()),
                settings.apply(CoreSettings.defaults()));
    }

    /** A platform whose parts a test adjusts (group settings, safety contacts, ...). */
    public static TestPlatform assembled(UnaryOperator<KindredAssembly.Parts> adjust) {
        return new TestPlatform(new MutableClock(START), new EmbeddedStorePorts(EmbeddedStore.inMemory()),
                CoreSettings.defaults(), adjust);
    }

    /** A platform on a store a test supplies (a failing one, or Redis). */
    public static TestPlatform on(StorePorts store) {
        return new TestPlatform(new MutableClock(START), store, CoreSettings.defaults());
    }

    public TestMember member(String name) {
        return member(name, LocaleHints.language("en"));
    }

    public TestMember member(String name, LocaleHints hints) {
        return new TestMember(this, Platform.TELEGRAM, "direct", name, hints);
    }

    public TestMember member(Platform platform, String community, String name, LocaleHints hints) {
        return new TestMember(this, platform, community, name, hints);
    }

    /** A member who has said hello and pressed the consent button, in the language of their hints. */
    public TestMember consentedMember(String name, LocaleHints hints) {
        TestMember member = member(name, hints);
        String consent = member.sends("/start").parts(app.kindred.core.contract.Part.Buttons.class)
                .flatMap(row -> row.buttons().stream())
                .filter(button -> button.style() == app.kindred.core.contract.Part.Style.PRIMARY)
                .findFirst().orElseThrow().payload();
        member.pressesPayload(consent);
        return member;
    }

    public MutableClock clock() {
        return clock;
    }

    public StorePorts store() {
        return store;
    }

    public Kindred kindred() {
        return kindred;
    }

    /** Moves the clock on and lets it tick once; returns what Kindred sent on its own. */
    public List<Outbound> advance(Duration duration) {
        clock.advance(duration);
        return deliver(new ClockTicked(clock.instant()));
    }

    /** Ticks every minute across a span, as the app's scheduler does, and returns everything sent. */
    public List<Outbound> runFor(Duration span) {
        List<Outbound> sent = new ArrayList<>();
        Instant end = clock.instant().plus(span);
        while (clock.instant().isBefore(end)) {
            sent.addAll(advance(Duration.ofMinutes(1)));
        }
        return sent;
    }

    /** Something happens that no member did: an adapter's answer to a request, a lifecycle event. */
    public List<Outbound> happens(Inbound event) {
        return deliver(event);
    }

    List<Outbound> deliver(Inbound event) {
        List<Outbound> out = kindred.handle(event);
        delivered.addAll(out);
        return out;
    }

    /** Every message delivered so far, to anyone. */
    public List<Message> allMessages() {
        return delivered.stream().filter(Message.class::isInstance).map(Message.class::cast).toList();
    }
}
