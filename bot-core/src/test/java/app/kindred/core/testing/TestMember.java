package app.kindred.core.testing;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.ButtonPressed;
import app.kindred.core.contract.CommandIssued;
import app.kindred.core.contract.LocaleHints;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Outbound;
import app.kindred.core.contract.Part;
import app.kindred.core.contract.Place;
import app.kindred.core.contract.Platform;
import app.kindred.core.contract.Sender;
import app.kindred.core.contract.TextWritten;
import app.kindred.core.member.MemberId;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One member of a {@link TestPlatform}: says things, presses buttons, and reads what Kindred sent them. */
public final class TestMember {

    private final TestPlatform platform;
    private final Sender sender;
    private final Place dm;
    private final List<Message> inbox = new ArrayList<>();
    private int readUpTo;

    TestMember(TestPlatform platform, Platform kind, String community, String name, LocaleHints hints) {
        this.platform = platform;
        this.sender = new Sender(kind, community, "user-" + name, name, hints, false);
        this.dm = Place.direct("dm-" + name);
    }

    public Sender sender() {
        return sender;
    }

    public MemberId id() {
        return platform.kindred().services().pseudonyms().of(sender);
    }

    /** Sends a command such as "/start" or "/checkin 08:30"; returns Kindred's reply to this member. */
    public Reply sends(String commandLine) {
        String line = commandLine.startsWith("/") ? commandLine.substring(1) : commandLine;
        String[] words = line.split("\\s+", 2);
        return act(new CommandIssued(sender, dm, words[0], words.length > 1 ? words[1] : ""));
    }

    /** Writes free text in the direct conversation. */
    public Reply says(String text) {
        return act(new TextWritten(sender, dm, text));
    }

    /** Writes free text in a shared space. */
    public Reply saysIn(String spaceId, String text) {
        return act(new TextWritten(sender, Place.space(spaceId), text));
    }

    /** Presses the most recent button (or option) with this label that Kindred sent this member. */
    public Reply presses(String label) {
        String payload = findPayload(label).orElseThrow(
                () -> new AssertionError("no button labelled '" + label + "' was sent to " + sender.displayName()));
        return pressesPayload(payload);
    }

    /** Presses a raw payload, as a forged or replayed request would. */
    public Reply pressesPayload(String payload) {
        return act(new ButtonPressed(sender, dm, payload, "msg-" + inbox.size()));
    }

    /** Messages Kindred sent this member on its own since the last time they were read. */
    public List<Message> unread() {
        collect(platform.allMessages());
        List<Message> fresh = List.copyOf(inbox.subList(readUpTo, inbox.size()));
        readUpTo = inbox.size();
        return fresh;
    }

    public List<Message> inbox() {
        collect(platform.allMessages());
        return List.copyOf(inbox);
    }

    /** The plain text of the last message Kindred sent this member, read or not. */
    public String lastText() {
        List<Message> all = inbox();
        if (all.isEmpty()) {
            throw new AssertionError("Kindred has sent " + sender.displayName() + " nothing");
        }
        return all.get(all.size() - 1).plainText();
    }

    private Reply act(app.kindred.core.contract.Inbound.FromMember event) {
        int before = platform.allMessages().size();
        List<Outbound> out = platform.deliver(event);
        List<Message> all = platform.allMessages();
        collect(all);
        readUpTo = inbox.size();
        return new Reply(out, all.subList(before, all.size()).stream().filter(this::isForMe).toList());
    }

    private int seen;

    private void collect(List<Message> all) {
        for (; seen < all.size(); seen++) {
            if (isForMe(all.get(seen))) {
                inbox.add(all.get(seen));
            }
        }
    }

    private boolean isForMe(Message message) {
        return message.to() instanceof Address.Direct direct && direct.userId().equals(sender.userId())
                && direct.platform() == sender.platform() && direct.community().equals(sender.community());
    }

    private Optional<String> findPayload(String label) {
        collect(platform.allMessages());
        for (int i = inbox.size() - 1; i >= 0; i--) {
            for (Part part : inbox.get(i).parts()) {
                if (part instanceof Part.Buttons row) {
                    for (Part.Button button : row.buttons()) {
                        if (button.label().equals(label)) {
                            return Optional.of(button.payload());
                        }
                    }
                } else if (part instanceof Part.Choice choice) {
                    for (Part.Option option : choice.options()) {
                        if (option.label().equals(label)) {
                            return Optional.of(option.payload());
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }
}
