package app.kindred.core.store.contract;

import app.kindred.core.checkin.CheckinSchedule;
import app.kindred.core.checkin.DueCheckin;
import app.kindred.core.contract.Platform;
import app.kindred.core.crisis.followup.FollowUp;
import app.kindred.core.groups.Group;
import app.kindred.core.groups.GroupId;
import app.kindred.core.groups.Seat;
import app.kindred.core.groups.TopicKey;
import app.kindred.core.member.MemberId;
import app.kindred.core.member.MemberProfile;
import app.kindred.core.mood.MoodTag;
import app.kindred.core.privacy.Json;
import app.kindred.core.privacy.PrivacyFeature;
import app.kindred.core.store.MemberData;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export document a member receives, pinned to the character: every section filled, in the order
 * the store lists its ports. Members keep the files they export and may compare them, so a change here
 * is a change members see.
 */
public abstract class ExportDocumentContract extends StoreContract {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    /** Every section as it stands in the document (indented one level), by section name. */
    private static final Map<String, String> SECTIONS = Map.ofEntries(
            entry("profile", """
                    {
                        "platform": "slack",
                        "community": "T0123",
                        "language": "de",
                        "country": "DE",
                        "timeZone": "Europe/Berlin",
                        "createdAt": "2026-03-02T09:00:00Z",
                        "consentedAt": "2026-03-02T09:00:30Z",
                        "paused": false,
                        "unreachable": true,
                        "address": "encrypted; used only to send you messages"
                      }"""),
            entry("recentCrisisSignal", """
                    {
                        "at": "2026-03-02T10:00:00Z"
                      }"""),
            entry("crisisFollowUp", """
                    {
                        "due": "2026-03-03T09:00:00Z",
                        "language": "de",
                        "address": "encrypted; used only to send you the check-in you asked for"
                      }"""),
            entry("checkinSchedule", """
                    {
                        "time": "07:45",
                        "days": ["monday", "friday"]
                      }"""),
            entry("pendingCheckins", """
                    {
                        "next": "2026-03-03T07:45:00Z",
                        "snoozedUntil": "2026-03-02T11:00:00Z"
                      }"""),
            entry("answeredCheckins", """
                    ["2026-03-02T07:45:00Z"]"""),
            entry("moods", """
                    [{
                          "day": "2026-03-02",
                          "score": 2,
                          "tags": ["family", "work"]
                        }, {
                          "day": "2026-03-04",
                          "score": 4,
                          "tags": []
                        }]"""),
            entry("tipsSeen", """
                    {
                        "seenThisRound": ["empathy", "listen-actively"]
                      }"""),
            entry("waitlists", """
                    [{
                          "community": "T0123",
                          "topic": "grief",
                          "since": "2026-03-02T09:05:00Z"
                        }]"""),
            entry("groups", """
                    [{
                          "group": "GROUP",
                          "kind": "group",
                          "community": "T0123",
                          "topic": "students",
                          "state": "open",
                          "yourPlace": "accepted",
                          "nameShownToOthers": "Ana",
                          "facilitator": true,
                          "openedAt": "2026-03-02T12:00:00Z"
                        }]"""),
            entry("groupSettings", """
                    {
                        "nameShownInCircles": "Ana",
                        "facilitatorVolunteer": true,
                        "doNotPairWith": [],
                        "groupsNow": ["GROUP"],
                        "talkingIn": null,
                        "restUntil": null,
                        "groupsMet": [],
                        "reportsSentLastDay": 0,
                        "supportOfferedAfterSignalAt": null
                      }"""));

    /** The sections in the order this store lists its ports, which is the order the member reads them. */
    protected abstract List<String> sectionOrder();

    @Test
    void the_export_document_reads_exactly_as_members_have_always_received_it() {
        MemberId ana = newMember();
        GroupId group = GroupId.random();
        holdSomethingInEverySection(ana, group);

        StringBuilder expected = new StringBuilder("{\n  \"memberId\": \"" + ana.value() + "\"");
        for (String section : sectionOrder()) {
            expected.append(",\n  \"").append(section).append("\": ")
                    .append(SECTIONS.get(section).replace("GROUP", group.value()));
        }
        expected.append("\n}");

        assertThat(store.memberData()).extracting(MemberData::section).containsExactlyElementsOf(sectionOrder());
        assertThat(Json.write(new PrivacyFeature(store.memberData(), store::flush).collect(ana)))
                .isEqualTo(expected.toString());
    }

    @Test
    void a_member_nothing_is_held_about_reads_as_empty_sections() {
        MemberId nobody = newMember();
        Set<String> listSections = Set.of("answeredCheckins", "moods", "waitlists", "groups");

        StringBuilder expected = new StringBuilder("{\n  \"memberId\": \"" + nobody.value() + "\"");
        for (String section : sectionOrder()) {
            expected.append(",\n  \"").append(section).append("\": ").append(listSections.contains(section) ? "[]" : "{}");
        }
        expected.append("\n}");

        assertThat(Json.write(new PrivacyFeature(store.memberData(), store::flush).collect(nobody)))
                .isEqualTo(expected.toString());
    }

    private void holdSomethingInEverySection(MemberId ana, GroupId groupId) {
        store.members().save(new MemberProfile(ana, Platform.SLACK, "T0123", new byte[] {1, 2, 3}, "de", "DE",
                "Europe/Berlin", T0, T0.plusSeconds(30), false, true));
        store.recentSignals().record(ana, T0.plus(Duration.ofHours(1)));
        store.followUps().schedule(new FollowUp(ana, T0.plus(Duration.ofDays(1)), new byte[] {4, 5}, "de"));
        store.checkinSchedules().save(ana, new CheckinSchedule(LocalTime.of(7, 45),
                Set.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY)));
        Instant occurrence = Instant.parse("2026-03-02T07:45:00Z");
        store.dueCheckins().plan(DueCheckin.regular(ana, occurrence.plus(Duration.ofDays(1))));
        store.dueCheckins().plan(DueCheckin.snoozed(ana, T0.plus(Duration.ofHours(2)), occurrence.getEpochSecond() / 60));
        store.answeredCheckins().markAnswered(ana, occurrence.getEpochSecond() / 60);
        store.moodHistory().record(ana, MONDAY.plusDays(2), 4);
        store.moodHistory().record(ana, MONDAY, 2);
        store.moodHistory().addTag(ana, MONDAY, MoodTag.WORK);
        store.moodHistory().addTag(ana, MONDAY, MoodTag.FAMILY);
        store.tipProgress().markSeen(ana, "listen-actively");
        store.tipProgress().markSeen(ana, "empathy");
        store.waitlists().join(new TopicKey(Platform.SLACK, "T0123", "grief"), ana, T0.plus(Duration.ofMinutes(5)));
        Group invited = Group.invite(groupId, new TopicKey(Platform.SLACK, "T0123", "students"), "de",
                Group.Mode.SPACE, List.of(new Seat(ana, 0, Seat.State.INVITED, "", true),
                        new Seat(newMember(), 1, Seat.State.INVITED, "", false)),
                T0, T0.plus(Duration.ofHours(48)));
        store.groupRecords().create(invited);
        store.groupRecords().update(groupId, g -> g.edit().seat(g.seatOf(ana).orElseThrow().accepted("Ana"))
                .state(Group.State.OPEN).openedAt(T0.plus(Duration.ofHours(3))).done());
        store.groupMembers().update(ana, m -> m.withChosenName("Ana").withFacilitator(true).joined(groupId));
    }
}
