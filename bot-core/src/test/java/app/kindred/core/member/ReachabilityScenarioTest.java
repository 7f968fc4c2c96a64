package app.kindred.core.member;

import app.kindred.core.contract.Lifecycle;
import app.kindred.core.contract.Platform;
import app.kindred.core.testing.TestMember;
import app.kindred.core.testing.TestPlatform;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReachabilityScenarioTest {

    private final TestPlatform kindred = platform();

    /** The platform the scenarios run on: the embedded store here; the Redis store runs them too. */
    TestPlatform platform() {
        return TestPlatform.start();
    }

    @Test
    void a_member_who_blocked_kindred_is_marked_unreachable_and_back_when_they_write_again() {
        TestMember maya = kindred.member("Maya");
        maya.sends("/start");
        maya.presses("I agree, let's start");

        var said = kindred.kindred().handle(new Lifecycle.MemberUnreachable(Platform.TELEGRAM, "direct", "user-Maya"));

        assertThat(said).isEmpty();
        assertThat(kindred.store().members().find(maya.id()).orElseThrow().unreachable()).isTrue();

        maya.sends("/settings");
        assertThat(kindred.store().members().find(maya.id()).orElseThrow().unreachable()).isFalse();
    }

    @Test
    void a_stranger_who_blocked_kindred_leaves_nothing_behind() {
        TestMember sam = kindred.member("Sam");
        sam.sends("/start");

        kindred.kindred().handle(new Lifecycle.MemberUnreachable(Platform.TELEGRAM, "direct", "user-Sam"));

        assertThat(kindred.store().members().find(sam.id())).isEmpty();
    }

    @Test
    void the_same_user_on_another_platform_is_someone_else() {
        TestMember maya = kindred.member("Maya");
        maya.sends("/start");
        maya.presses("I agree, let's start");

        kindred.kindred().handle(new Lifecycle.MemberUnreachable(Platform.DISCORD, "direct", "user-Maya"));

        assertThat(kindred.store().members().find(maya.id()).orElseThrow().unreachable()).isFalse();
    }
}
