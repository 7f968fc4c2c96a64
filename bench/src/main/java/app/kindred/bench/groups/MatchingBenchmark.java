package app.kindred.bench.groups;

import app.kindred.bench.Benchmark;
import app.kindred.bench.Figure;
import app.kindred.core.KindredAssembly;
import app.kindred.core.contract.Address;
import app.kindred.core.contract.ClockTicked;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Outbound;
import app.kindred.core.contract.Platform;
import app.kindred.core.conversation.CoreSettings;
import app.kindred.core.conversation.Kindred;
import app.kindred.core.crisis.YamlHelplineDirectory;
import app.kindred.core.groups.Candidate;
import app.kindred.core.groups.GroupMember;
import app.kindred.core.groups.GroupSettings;
import app.kindred.core.groups.Matcher;
import app.kindred.core.groups.ReportRecipients;
import app.kindred.core.groups.TopicKey;
import app.kindred.core.member.AddressVault;
import app.kindred.core.member.MemberId;
import app.kindred.core.member.MemberProfile;
import app.kindred.core.member.Pseudonyms;
import app.kindred.core.member.Secrets;
import app.kindred.core.prompts.YamlPrompts;
import app.kindred.core.store.EmbeddedStore;
import app.kindred.core.store.EmbeddedStorePorts;
import app.kindred.core.store.StorePorts;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Matching 100,000 waiting members across 50 waitlists on one thread: one clock tick of the real core on
 * the embedded store, from reading the waitlists to the invitations it returns. Members are spread over
 * four languages and twenty time zones, with one in twenty a volunteer facilitator; all have waited
 * longer than the fill wait, so every waitlist is matched in full. Each run starts from a fresh store;
 * one warm-up run, then the median of three is reported, and the matcher's own share (rules only, no
 * store) is shown beside it.
 *
 * <p>Times are the CPU time of the one thread doing the work, so other processes sharing the machine do
 * not inflate them; the wall-clock time of each run is printed beside the figures for comparison.
 */
public final class MatchingBenchmark implements Benchmark {

    private static final ThreadMXBean THREAD = ManagementFactory.getThreadMXBean();
    private static final int MEMBERS = 100_000;
    private static final int WAITLISTS = 50;
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final List<String> LANGUAGES = List.of("en", "en", "en", "en", "es", "es", "de", "de", "fr", "fr");
    private static final List<String> ZONES = List.of("Europe/London", "Europe/Berlin", "Europe/Madrid", "Europe/Paris",
            "Europe/Athens", "Africa/Lagos", "Africa/Nairobi", "Asia/Dubai", "Asia/Kolkata", "Asia/Singapore",
            "Asia/Tokyo", "Australia/Sydney", "Pacific/Auckland", "America/Sao_Paulo", "America/New_York",
            "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Mexico_City", "UTC");

    @Override
    public String id() {
        return "groups";
    }

    @Override
    public List<Figure> run() {
        runOnce();
        long[] totals = new long[3];
        long[] rules = new long[3];
        int invited = 0;
        for (int i = 0; i < totals.length; i++) {
            Run run = runOnce();
            totals[i] = run.millis();
            rules[i] = rulesOnly();
            invited = run.invitations();
        }
        Arrays.sort(totals);
        Arrays.sort(rules);
        System.err.println("groups: " + invited + " invitations from " + MEMBERS + " waiting members");
        return List.of(
                new Figure("matching 100k members", totals[1], "ms", "<= 2000 ms", totals[1] <= 2000),
                new Figure("matcher rules alone, 100k members", rules[1], "ms", "<= 2000 ms", rules[1] <= 2000));
    }

    private record Run(long millis, int invitations) {
    }

    /** One tick on a freshly filled store: every waitlist is swept, matched, claimed and invited. */
    private static Run runOnce() {
        Secrets secrets = Secrets.random();
        StorePorts store = new EmbeddedStorePorts(EmbeddedStore.inMemory());
        fill(store, secrets);
        Kindred kindred = KindredAssembly.assemble(new KindredAssembly.Parts(CoreSettings.defaults(), secrets,
                Clock.fixed(NOW, ZoneOffset.UTC), YamlPrompts.bundled(), YamlHelplineDirectory.bundled(), store)
                .withGroups(GroupSettings.defaults(), ReportRecipients.none()));
        long wallStart = System.nanoTime();
        long start = THREAD.getCurrentThreadCpuTime();
        List<Outbound> out = kindred.handle(new ClockTicked(NOW));
        long millis = (THREAD.getCurrentThreadCpuTime() - start) / 1_000_000;
        System.err.println("groups: one tick took " + millis + " ms of CPU, " + (System.nanoTime() - wallStart) / 1_000_000
                + " ms of wall-clock time");
        int invitations = (int) out.stream().filter(Message.class::isInstance).count();
        if (invitations < MEMBERS * 9 / 10) {
            throw new IllegalStateException("only " + invitations + " invitations: the benchmark did not match");
        }
        store.close();
        return new Run(millis, invitations);
    }

    /** The same members through the matcher alone: the rules' share of the time. */
    private static long rulesOnly() {
        Random random = new Random(7);
        List<List<Candidate>> queues = new ArrayList<>();
        for (int w = 0; w < WAITLISTS; w++) {
            queues.add(new ArrayList<>());
        }
        for (int i = 0; i < MEMBERS; i++) {
            MemberId id = new MemberId(String.format("member-%08d", i));
            String zone = ZONES.get(random.nextInt(ZONES.size()));
            int offset = ZoneId.of(zone).getRules().getOffset(NOW).getTotalSeconds() / 60;
            boolean facilitator = random.nextInt(20) == 0;
            queues.get(i % WAITLISTS).add(new Candidate(id, LANGUAGES.get(random.nextInt(LANGUAGES.size())), offset,
                    facilitator, NOW.minusSeconds(2 * 86_400), GroupMember.empty(id).withFacilitator(facilitator)));
        }
        GroupSettings settings = GroupSettings.defaults();
        long start = THREAD.getCurrentThreadCpuTime();
        int grouped = 0;
        for (List<Candidate> queue : queues) {
            grouped += new Matcher(settings.sizes(), settings.maxZoneGap(), settings.fillWait()).match(queue, NOW).size();
        }
        long millis = (THREAD.getCurrentThreadCpuTime() - start) / 1_000_000;
        if (grouped == 0) {
            throw new IllegalStateException("the matcher formed no groups");
        }
        return millis;
    }

    /** 100,000 consented members, each waiting on one of 50 waitlists (seven topics in each of eight communities). */
    private static void fill(StorePorts store, Secrets secrets) {
        Random random = new Random(42);
        Pseudonyms pseudonyms = new Pseudonyms(secrets.pseudonymKey());
        AddressVault vault = new AddressVault(secrets.addressKey());
        List<TopicKey> waitlists = new ArrayList<>();
        for (int w = 0; w < WAITLISTS; w++) {
            String topic = GroupSettings.DEFAULT_TOPICS.get(w % GroupSettings.DEFAULT_TOPICS.size());
            waitlists.add(new TopicKey(Platform.TELEGRAM, "community-" + (w / GroupSettings.DEFAULT_TOPICS.size()), topic));
        }
        for (int i = 0; i < MEMBERS; i++) {
            TopicKey waitlist = waitlists.get(i % WAITLISTS);
            String user = "user-" + i;
            MemberId id = pseudonyms.of(Platform.TELEGRAM, waitlist.community(), user);
            byte[] sealed = vault.seal(id, new Address.Direct(Platform.TELEGRAM, waitlist.community(), user, "chat-" + i));
            store.members().save(new MemberProfile(id, Platform.TELEGRAM, waitlist.community(), sealed,
                    LANGUAGES.get(random.nextInt(LANGUAGES.size())), null, ZONES.get(random.nextInt(ZONES.size())),
                    NOW.minusSeconds(30 * 86_400), NOW.minusSeconds(30 * 86_400), false, false));
            if (random.nextInt(20) == 0) {
                store.groupMembers().update(id, m -> m.withFacilitator(true));
            }
            store.waitlists().join(waitlist, id, NOW.minusSeconds(2 * 86_400).plusMillis(i));
        }
    }
}
