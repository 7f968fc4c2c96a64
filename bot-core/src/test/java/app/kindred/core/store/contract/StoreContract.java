package app.kindred.core.store.contract;

import app.kindred.core.member.MemberId;
import app.kindred.core.store.MemberData;
import app.kindred.core.store.StorePorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The base of every port's storage contract. Each store runs them all through {@link StoreContractSuite},
 * which opens a fresh store for every test.
 */
public abstract class StoreContract {

    protected StorePorts store;

    @BeforeEach
    void openFreshStore(StorePorts fresh) {
        store = fresh;
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    protected static MemberId newMember() {
        return new MemberId("m" + UUID.randomUUID().toString().replace("-", "").substring(0, 20));
    }

    /** What export shows for a section that holds nothing about a member. */
    protected static boolean isEmptyExport(Object exported) {
        return exported == null || exported.equals(Map.of()) || exported.equals(List.of());
    }

    /** The port's section in the export document (every port holding member data takes part in it). */
    protected Object exported(String section, MemberId member) {
        MemberData holder = store.memberData().stream().filter(h -> h.section().equals(section)).findFirst()
                .orElseThrow(() -> new AssertionError("no port exports a section called " + section));
        return holder.export(member);
    }

    /** Runs forget on every port, as the forget command does, and checks nothing is left anywhere. */
    protected void forgetEverywhere(MemberId member) {
        store.memberData().forEach(holder -> holder.forget(member));
        store.memberData().forEach(holder ->
                assertThat(isEmptyExport(holder.export(member))).as("%s after forget", holder.section()).isTrue());
    }
}
