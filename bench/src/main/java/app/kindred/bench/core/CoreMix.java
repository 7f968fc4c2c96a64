package app.kindred.bench.core;

import app.kindred.core.KindredAssembly;
import app.kindred.core.contract.ButtonPressed;
import app.kindred.core.contract.ClockTicked;
import app.kindred.core.contract.CommandIssued;
import app.kindred.core.contract.Inbound;
import app.kindred.core.contract.LocaleHints;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Outbound;
import app.kindred.core.contract.Part;
import app.kindred.core.contract.Place;
import app.kindred.core.contract.Platform;
import app.kindred.core.contract.Sender;
import app.kindred.core.contract.TextWritten;
import app.kindred.core.conversation.CoreSettings;
import app.kindred.core.conversation.Kindred;
import app.kindred.core.crisis.YamlHelplineDirectory;
import app.kindred.core.member.MemberId;
import app.kindred.core.member.Secrets;
import app.kindred.core.prompts.YamlPrompts;
import app.kindred.core.store.EmbeddedStore;
import app.kindred.core.store.EmbeddedStorePorts;
import app.kindred.core.testing.MutableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * A community of members on Kindred's core with the in-memory embedded store, and a long, fixed mix of
 * the events they cause: commands, button presses, free text and clock ticks. Built once per benchmark
 * trial; the events are then replayed round and round.
 */
final class CoreMix {

    /** Members in the community; -Dkindred.bench.members changes it for experiments. */
    static final int MEMBERS = Integer.getInteger("kindred.bench.members", 10_000);
    static final int EVENTS = 1 << 18;
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final List<String> ZONES = List.of("Europe/London", "America/New_York", "Europe/Berlin",
            "Asia/Tokyo", "Australia/Sydney", "America/Sao_Paulo");
    private static final List<String> LANGUAGES = List.of("en", "es", "de", "fr");
    private static final List<String> SUPPORTER_QUESTIONS = List.of(
            "My friend is struggling at the moment, how can I help?",
            "Mi amiga lo está pasando fatal, ¿cómo puedo ayudarla?",
            "Meinem Freund geht es gerade schlecht. Wie kann ich ihm helfen?",
            "Ma copine ne va pas bien en ce moment, comment je peux l'aider ?");
    private static final List<String> CHATTER = List.of("hello", "thanks, that helped a bit",
            "I'm not sure what to say today", "good morning kindred", "ok", "what can you do?");

    final MutableClock clock = new MutableClock(START);
    final Kindred kindred;
    /** Each entry is an {@link Inbound}, or a {@link Press} made into one when it is handled. */
    final Object[] events = new Object[EVENTS];
    private final Sender[] senders = new Sender[MEMBERS];
    private final Place[] places = new Place[MEMBERS];
    private final MemberId[] ids = new MemberId[MEMBERS];
    /** The occurrence each member last answered, so their tags go with a real answer. */
    private final long[] lastAnswered = new long[MEMBERS];
    private final Instant expires = START.plus(Duration.ofDays(3650));
    private long pressCount;

    /**
     * A check-in button press, signed only when it is handled and always for an occurrence not pressed
     * before: replaying one fixed payload would measure "already answered" instead of an answer.
     */
    record Press(int member, Kind kind, char detail) {
    }
    /** The mix as a share of each kind, in percent. */
    final int[] shares = new int[Kind.values().length];

    enum Kind { CHECKIN_NOW, TIPS, SETTINGS, SCHEDULE, SCORE, TAG, NEXT_TIP, SKIP_OR_SNOOZE, SUPPORTER_TEXT, CHATTER, TICK }

    CoreMix(long seed) {
        kindred = KindredAssembly.assemble(new KindredAssembly.Parts(CoreSettings.defaults(), Secrets.random(), clock,
                YamlPrompts.bundled(), YamlHelplineDirectory.bundled(), new EmbeddedStorePorts(EmbeddedStore.inMemory())));
        Random random = new Random(seed);
        for (int i = 0; i < MEMBERS; i++) {
            LocaleHints hints = new LocaleHints(LANGUAGES.get(random.nextInt(LANGUAGES.size())), null,
                    ZONES.get(random.nextInt(ZONES.size())));
            senders[i] = Sender.member(Platform.TELEGRAM, "direct", "user-" + i, hints);
            places[i] = Place.direct("chat-" + i);
            ids[i] = kindred.services().pseudonyms().of(senders[i]);
            join(senders[i], places[i]);
            if (i % 2 == 0) {
                kindred.handle(new CommandIssued(senders[i], places[i], "checkin", randomTime(random)));
            }
        }
        for (int e = 0; e < EVENTS; e++) {
            int m = random.nextInt(MEMBERS);
            Kind kind = pick(random.nextInt(100));
            shares[kind.ordinal()]++;
            events[e] = event(kind, m, random);
        }
    }

    /** Percent of events of each kind; they add up to 100. */
    private static Kind pick(int percent) {
        int[] cumulative = {12, 17, 20, 23, 51, 59, 63, 66, 72, 99, 100};
        for (Kind kind : Kind.values()) {
            if (percent < cumulative[kind.ordinal()]) {
                return kind;
            }
        }
        return Kind.TICK;
    }

    private Object event(Kind kind, int m, Random random) {
        Sender sender = senders[m];
        Place place = places[m];
        return switch (kind) {
            case CHECKIN_NOW -> new CommandIssued(sender, place, "checkin", "");
            case TIPS -> new CommandIssued(sender, place, "tips", "");
            case SETTINGS -> new CommandIssued(sender, place, "settings", "");
            case SCHEDULE -> new CommandIssued(sender, place, "checkin", randomTime(random) + " weekdays");
            case SCORE -> new Press(m, kind, (char) ('1' + random.nextInt(5)));
            case TAG -> new Press(m, kind, "wsfhrm".charAt(random.nextInt(6)));
            case SKIP_OR_SNOOZE -> new Press(m, kind, random.nextBoolean() ? 's' : 'z');
            case NEXT_TIP -> new ButtonPressed(sender, place, kindred.services().buttons().sign("tp.next", "", ids[m], expires), "");
            case SUPPORTER_TEXT -> new TextWritten(sender, place, SUPPORTER_QUESTIONS.get(random.nextInt(SUPPORTER_QUESTIONS.size())));
            case CHATTER -> new TextWritten(sender, place, CHATTER.get(random.nextInt(CHATTER.size())));
            case TICK -> new ClockTicked(START);
        };
    }

    /** Signs a press for a recent occurrence that this run has not pressed before. */
    private ButtonPressed press(Press press) {
        int m = press.member();
        String action;
        String value;
        if (press.kind() == Kind.TAG && lastAnswered[m] != 0) {
            action = "ci.tag";
            value = Long.toString(lastAnswered[m], 36) + "-" + press.detail();
        } else {
            // Members answer recent prompts: a minute of the last three days that no press used yet.
            long occurrence = clock.instant().getEpochSecond() / 60 - (pressCount++ % (3 * 1440));
            if (press.kind() == Kind.SKIP_OR_SNOOZE) {
                action = press.detail() == 's' ? "ci.skip" : "ci.snooze";
                value = Long.toString(occurrence, 36) + (press.detail() == 's' ? "" : "-h");
            } else {
                action = "ci.score";
                value = Long.toString(occurrence, 36) + "-" + (press.kind() == Kind.SCORE ? press.detail() : '3');
                lastAnswered[m] = occurrence;
            }
        }
        return new ButtonPressed(senders[m], places[m], kindred.services().buttons().sign(action, value, ids[m], expires), "");
    }

    private void join(Sender sender, Place place) {
        List<Outbound> welcome = kindred.handle(new CommandIssued(sender, place, "start", ""));
        String consent = welcome.stream().filter(Message.class::isInstance).map(Message.class::cast)
                .flatMap(message -> message.parts().stream()).filter(Part.Buttons.class::isInstance)
                .map(Part.Buttons.class::cast).flatMap(row -> row.buttons().stream())
                .filter(button -> button.style() == Part.Style.PRIMARY).findFirst().orElseThrow().payload();
        kindred.handle(new ButtonPressed(sender, place, consent, ""));
    }

    private static String randomTime(Random random) {
        return String.format("%02d:%02d", random.nextInt(24), random.nextInt(60));
    }

    /**
     * Handles one event; a tick moves the clock a minute on first, as the app's scheduler does, and a
     * check-in press is signed first (one HMAC, the same work Kindred did when it made that button).
     */
    List<Outbound> handle(Object event) {
        if (event instanceof Press press) {
            return kindred.handle(press(press));
        }
        if (event instanceof ClockTicked) {
            clock.advance(Duration.ofMinutes(1));
            return kindred.handle(new ClockTicked(clock.instant()));
        }
        return kindred.handle((Inbound) event);
    }
}
