package app.kindred.core.buddy;

import app.kindred.core.contract.Message;
import app.kindred.core.contract.Outbound;
import app.kindred.core.contract.Part;
import app.kindred.core.conversation.Access;
import app.kindred.core.conversation.Feature;
import app.kindred.core.conversation.Routes;
import app.kindred.core.conversation.Turn;
import app.kindred.core.groups.Group;
import app.kindred.core.groups.GroupId;
import app.kindred.core.groups.GroupKit;
import app.kindred.core.groups.GroupsFeature;
import app.kindred.core.groups.PairingStyle;
import app.kindred.core.groups.Seat;
import app.kindred.core.groups.TopicKey;
import app.kindred.core.groups.WaitlistNotes;
import app.kindred.core.member.MemberProfile;
import app.kindred.core.onboarding.MemberAddresses;
import app.kindred.core.prompts.Say;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * {@code buddy}: one-to-one pairing with another opted-in member of the same community. Pairs form on
 * the group machinery as groups of exactly two, under the same rules (shared language, nearby time
 * zones, no repeats, do-not-pair, supporter care); this feature adds the words, conversation starters
 * and a check-back a week later.
 */
public final class BuddyFeature implements Feature, PairingStyle {

    static final String LOOK = "bd.look";
    static final String STOP = "bd.stop";
    static final String TALKED = "bd.talked";
    static final String NOT_YET = "bd.notyet";
    private static final int STARTERS_SHOWN = 2;
    private static final Duration CHECK_BACK_ANSWERABLE = Duration.ofDays(7);

    private final GroupKit kit;
    private final MemberAddresses addresses;

    public BuddyFeature(GroupKit kit) {
        this.kit = kit;
        this.addresses = new MemberAddresses(kit.services());
    }

    @Override
    public void register(Routes routes) {
        routes.command("buddy", Access.CONSENTED, (turn, args) -> show(turn))
                .action(LOOK, Access.CONSENTED, (turn, value) -> look(turn))
                .action(STOP, Access.CONSENTED, (turn, value) -> stop(turn))
                .action(TALKED, Access.CONSENTED, (turn, value) -> turn.replyText("buddy.check-back.glad"))
                .action(NOT_YET, Access.CONSENTED, (turn, value) -> notYet(turn));
    }

    private void show(Turn turn) {
        Say say = turn.say();
        Optional<Group> pair = currentPair(turn);
        if (pair.isPresent()) {
            Group group = pair.get();
            Optional<Seat> other = group.seats().stream().filter(s -> !s.member().equals(turn.member())
                    && s.state() == Seat.State.ACCEPTED).findFirst();
            String text = group.isOpen() && other.isPresent()
                    ? say.text("buddy.menu.paired", "name", other.get().name())
                    : say.text("buddy.menu.starting");
            List<Part.Button> buttons = new ArrayList<>();
            boolean accepted = group.seatOf(turn.member()).map(s -> s.state() == Seat.State.ACCEPTED).orElse(false);
            if (group.isOpen()) {
                buttons.add(turn.button("buddy.menu.report", GroupsFeature.REPORT, group.id().value(), validity(turn)));
            }
            if (accepted) {
                buttons.add(turn.button("buddy.menu.end", GroupsFeature.LEAVE, group.id().value(), validity(turn)));
            }
            turn.reply(buttons.isEmpty() ? List.of(new Part.Text(text)) : List.of(new Part.Text(text), new Part.Buttons(buttons)));
            return;
        }
        if (kit.waitlists().isWaiting(topic(turn), turn.member())) {
            turn.reply(new Part.Text(say.text("buddy.menu.looking")),
                    new Part.Buttons(List.of(turn.button("buddy.menu.stop", STOP, "", validity(turn)))));
            return;
        }
        turn.reply(new Part.Text(say.text("buddy.menu.intro")),
                new Part.Buttons(List.of(turn.button("buddy.menu.look", LOOK, "", validity(turn)))));
    }

    private void look(Turn turn) {
        TopicKey topic = topic(turn);
        if (!kit.waitlists().join(topic, turn.member(), turn.now())) {
            turn.replyText("buddy.menu.looking");
            return;
        }
        kit.changes().mark(topic);
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.Text(turn.say().text("buddy.menu.joined")));
        WaitlistNotes.on(turn, kit).forEach(note -> parts.add(new Part.Text(note)));
        parts.add(new Part.Buttons(List.of(turn.button("buddy.menu.stop", STOP, "", validity(turn)))));
        turn.reply(parts);
    }

    private void stop(Turn turn) {
        turn.replyText(kit.waitlists().leave(topic(turn), turn.member()) ? "buddy.menu.stopped" : "groups.join.not-waiting");
    }

    private void notYet(Turn turn) {
        Say say = turn.say();
        turn.reply(new Part.Text(say.text("buddy.check-back.no-rush")), new Part.Text(starters(say)));
    }

    @Override
    public List<Part> welcome(Say say) {
        return List.of(new Part.Text(say.text("buddy.guidelines")), new Part.Text(starters(say)));
    }

    @Override
    public List<Outbound> checkBack(Group pair, Instant now) {
        List<Outbound> out = new ArrayList<>();
        List<Seat> both = pair.accepted();
        for (Seat seat : both) {
            Optional<MemberProfile> profile = kit.services().members().find(seat.member());
            Optional<Seat> other = both.stream().filter(s -> s.slot() != seat.slot()).findFirst();
            if (profile.isEmpty() || other.isEmpty()) {
                continue;
            }
            Say say = new Say(kit.services().prompts(), profile.get().language());
            Instant until = now.plus(CHECK_BACK_ANSWERABLE);
            String id = pair.id().value();
            List<Part> parts = List.of(
                    new Part.Text(say.text("buddy.check-back.ask", "name", other.get().name())),
                    new Part.Buttons(List.of(
                            Part.Button.of(say.text("buddy.check-back.talked"), sign(TALKED, id, seat, until)),
                            Part.Button.of(say.text("buddy.check-back.not-yet"), sign(NOT_YET, id, seat, until)),
                            Part.Button.of(say.text("buddy.check-back.not-working"),
                                    sign(GroupsFeature.LEAVE, id, seat, until)))));
            out.add(new Message(addresses.of(profile.get()), parts, Message.Urgency.SCHEDULED, "bc:" + id + ":" + seat.slot()));
        }
        return out;
    }

    private String sign(String action, String value, Seat seat, Instant until) {
        return kit.services().buttons().sign(action, value, seat.member(), until);
    }

    /** A few conversation starters, different each time. */
    private static String starters(Say say) {
        List<String> all = new ArrayList<>(say.all("buddy.starters"));
        Collections.shuffle(all);
        StringBuilder text = new StringBuilder(say.text("buddy.starters-intro"));
        all.stream().limit(STARTERS_SHOWN).forEach(s -> text.append("\n- ").append(s));
        return text.toString();
    }

    private Optional<Group> currentPair(Turn turn) {
        for (GroupId id : kit.members().get(turn.member()).active()) {
            Optional<Group> group = kit.records().find(id).filter(Group::isBuddy);
            if (group.isPresent()) {
                return group;
            }
        }
        return Optional.empty();
    }

    private static TopicKey topic(Turn turn) {
        return new TopicKey(turn.sender().platform(), turn.sender().community(), TopicKey.BUDDY);
    }

    private static Duration validity(Turn turn) {
        return turn.services().settings().promptValidity();
    }
}
