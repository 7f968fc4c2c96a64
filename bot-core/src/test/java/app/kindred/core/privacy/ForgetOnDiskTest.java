package app.kindred.core.privacy;

import app.kindred.core.contract.LocaleHints;
import app.kindred.core.store.EmbeddedStore;
import app.kindred.core.store.EmbeddedStorePorts;
import app.kindred.core.testing.TestMember;
import app.kindred.core.testing.TestPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forgotten means forgotten on disk too: the embedded store appends, so a member's old bytes outlive the
 * delete in earlier chunks until the file is rewritten with live data only.
 */
class ForgetOnDiskTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path elsewhere;

    private EmbeddedStorePorts store;
    private TestMember noor;
    private TestMember sam;

    /** Noor and Sam use Kindred on a store with a file, and all they did is on disk. */
    @BeforeEach
    void twoMembersOnDisk() {
        store = new EmbeddedStorePorts(EmbeddedStore.open(dataDir));
        TestPlatform kindred = TestPlatform.on(store);
        noor = busyMember(kindred, "Noor");
        sam = busyMember(kindred, "Sam");
        store.flush(); // what they did reaches the disk within a second anyway
    }

    @AfterEach
    void closeEvenAfterAFailure() {
        store.close();
    }

    @Test
    void after_forget_and_a_stop_the_store_file_holds_no_trace_of_the_member() throws IOException {
        assertThat(occurrences(noor.id().value())).as("the member is on disk before forget").isPositive();

        noor.sends("/forget");
        noor.presses("Yes, delete everything");
        store.close();

        assertThat(occurrences(noor.id().value())).as("bytes of the forgotten member").isZero();
        assertThat(occurrences(sam.id().value())).as("the member who stays").isPositive();
        assertThat(dataDir.resolve("kindred.mv.rewrite")).doesNotExist();
    }

    @Test
    void a_forget_before_a_crash_is_rewritten_out_when_the_store_next_opens() throws IOException {
        noor.sends("/forget");
        noor.presses("Yes, delete everything");
        assertThat(dataDir.resolve("kindred.mv.rewrite")).as("a rewrite is owed").exists();
        Path crashed = copyOfTheFileAsACrashLeavesIt();
        store.close();
        Files.copy(crashed, dataDir.resolve("kindred.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        Files.write(dataDir.resolve("kindred.mv.rewrite"), new byte[0]);
        assertThat(occurrences(noor.id().value())).as("left behind by the crash").isPositive();

        EmbeddedStorePorts reopened = new EmbeddedStorePorts(EmbeddedStore.open(dataDir));

        assertThat(occurrences(noor.id().value())).isZero();
        assertThat(reopened.members().find(sam.id())).as("the member who stays is still there").isPresent();
        assertThat(reopened.members().find(noor.id())).isEmpty();
        reopened.close();
    }

    /** A member with a profile, a schedule, a mood entry and tips: something in most of the store's maps. */
    private static TestMember busyMember(TestPlatform kindred, String name) {
        TestMember member = kindred.consentedMember(name, new LocaleHints("en", "NZ", "Pacific/Auckland"));
        member.sends("/checkin 08:30");
        member.sends("/checkin");
        member.presses("🙂 4 · Good");
        member.presses("Sleep");
        member.sends("/tips");
        return member;
    }

    private Path copyOfTheFileAsACrashLeavesIt() throws IOException {
        return Files.copy(dataDir.resolve("kindred.mv.db"), elsewhere.resolve("crashed.mv.db"));
    }

    private int occurrences(String text) throws IOException {
        byte[] file = Files.readAllBytes(dataDir.resolve("kindred.mv.db"));
        byte[] wanted = text.getBytes(StandardCharsets.UTF_8);
        int found = 0;
        outer:
        for (int i = 0; i <= file.length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (file[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            found++;
        }
        return found;
    }
}
