package app.kindred.core.groups;

import app.kindred.core.member.MemberId;

/** The compact binary forms of groups and group member records, for stores outside this package (Redis). */
public final class GroupBytes {

    private GroupBytes() {
    }

    public static byte[] encode(Group group) {
        return Records.encode(group);
    }

    public static Group decodeGroup(byte[] data) {
        return Records.decodeGroup(data);
    }

    public static byte[] encode(GroupMember member) {
        return Records.encode(member);
    }

    public static GroupMember decodeMember(MemberId id, byte[] data) {
        return Records.decodeMember(id, data);
    }
}
