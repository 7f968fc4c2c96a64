package app.kindred.core.groups;

import app.kindred.core.member.MemberId;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Compact binary forms of groups and group members for the embedded store (and any byte-value store). */
final class Records {

    private static final int VERSION = 1;

    private Records() {
    }

    static byte[] encode(Group g) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeUTF(g.id().value());
            out.writeUTF(g.topic().encoded());
            out.writeUTF(g.language());
            out.writeByte(g.state().ordinal());
            out.writeByte(g.mode().ordinal());
            out.writeByte(g.seats().size());
            for (Seat seat : g.seats()) {
                out.writeUTF(seat.member().value());
                out.writeByte(seat.slot());
                out.writeByte(seat.state().ordinal());
                out.writeUTF(seat.name());
                out.writeBoolean(seat.facilitator());
            }
            writeInstant(out, g.formedAt());
            writeInstant(out, g.invitationExpires());
            writeInstant(out, g.openingGivesUpAt());
            writeInstant(out, g.openedAt());
            out.writeUTF(g.spaceId());
            writeInstant(out, g.nextTipAt());
            out.writeInt(g.tipsShown());
            writeInstant(out, g.checkBackAt());
            writeInstant(out, g.endsAt());
            writeInstant(out, g.reviewAt());
            out.writeLong(g.version());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Group decodeGroup(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            in.readByte();
            GroupId id = new GroupId(in.readUTF());
            TopicKey topic = TopicKey.decode(in.readUTF());
            String language = in.readUTF();
            Group.State state = Group.State.values()[in.readByte()];
            Group.Mode mode = Group.Mode.values()[in.readByte()];
            int seatCount = in.readByte();
            List<Seat> seats = new ArrayList<>(seatCount);
            for (int i = 0; i < seatCount; i++) {
                seats.add(new Seat(new MemberId(in.readUTF()), in.readByte(), Seat.State.values()[in.readByte()],
                        in.readUTF(), in.readBoolean()));
            }
            return new Group(id, topic, language, state, mode, seats, readInstant(in), readInstant(in),
                    readInstant(in), readInstant(in), in.readUTF(), readInstant(in), in.readInt(), readInstant(in),
                    readInstant(in), readInstant(in), in.readLong());
        } catch (IOException e) {
            throw new UncheckedIOException("a group record is damaged", e);
        }
    }

    static byte[] encode(GroupMember m) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeUTF(m.chosenName());
            out.writeBoolean(m.facilitator());
            writeMembers(out, m.doNotPair());
            out.writeShort(m.active().size());
            for (GroupId group : m.active()) {
                out.writeUTF(group.value());
            }
            out.writeUTF(m.talkingIn() == null ? "" : m.talkingIn().value());
            writeInstant(out, m.coolDownUntil());
            out.writeShort(m.past().size());
            for (GroupMember.PastGroup past : m.past()) {
                out.writeUTF(past.group().value());
                writeInstant(out, past.metAt());
                writeMembers(out, past.others());
            }
            out.writeShort(m.reports().size());
            for (GroupMember.ReportMade report : m.reports()) {
                writeInstant(out, report.at());
                out.writeUTF(report.about());
            }
            writeInstant(out, m.supportOfferedFor());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static GroupMember decodeMember(MemberId id, byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            in.readByte();
            String name = in.readUTF();
            boolean facilitator = in.readBoolean();
            Set<MemberId> doNotPair = readMembers(in);
            int activeCount = in.readUnsignedShort();
            List<GroupId> active = new ArrayList<>(activeCount);
            for (int i = 0; i < activeCount; i++) {
                active.add(new GroupId(in.readUTF()));
            }
            String talking = in.readUTF();
            Instant coolDown = readInstant(in);
            int pastCount = in.readUnsignedShort();
            List<GroupMember.PastGroup> past = new ArrayList<>(pastCount);
            for (int i = 0; i < pastCount; i++) {
                past.add(new GroupMember.PastGroup(new GroupId(in.readUTF()), readInstant(in), readMembers(in)));
            }
            int reportCount = in.readUnsignedShort();
            List<GroupMember.ReportMade> reports = new ArrayList<>(reportCount);
            for (int i = 0; i < reportCount; i++) {
                reports.add(new GroupMember.ReportMade(readInstant(in), in.readUTF()));
            }
            Instant support = readInstant(in);
            return new GroupMember(id, name, facilitator, doNotPair, active,
                    talking.isEmpty() ? null : new GroupId(talking), coolDown, past, reports, support);
        } catch (IOException e) {
            throw new UncheckedIOException("a group member record is damaged", e);
        }
    }

    private static void writeMembers(DataOutputStream out, Set<MemberId> members) throws IOException {
        out.writeShort(members.size());
        for (MemberId member : members) {
            out.writeUTF(member.value());
        }
    }

    private static Set<MemberId> readMembers(DataInputStream in) throws IOException {
        int count = in.readUnsignedShort();
        Set<MemberId> members = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            members.add(new MemberId(in.readUTF()));
        }
        return members;
    }

    private static void writeInstant(DataOutputStream out, Instant at) throws IOException {
        out.writeLong(at == null ? Long.MIN_VALUE : at.getEpochSecond());
    }

    private static Instant readInstant(DataInputStream in) throws IOException {
        long seconds = in.readLong();
        return seconds == Long.MIN_VALUE ? null : Instant.ofEpochSecond(seconds);
    }
}
