package app.kindred.core.privacy;

import app.kindred.core.contract.Part;
import app.kindred.core.testing.TestMember;
import app.kindred.core.testing.TestPlatform;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PrivacyScenarioTest {

    private final TestPlatform kindred = platform();

    /** The platform the scenarios run on: the embedded store here; the Redis store runs them too. */
    TestPlatform platform() {
        return TestPlatform.start();
    }

    @Test
    void privacy_explains_in_plain_words_without_needing_consent() {
        TestMember ana = kindred.member("Ana");
        assertThat(ana.sends("/privacy").text())
                .contains("What I keep and why")
                .contains("deleted after 365 days")
                .contains("the time you wrote it (never the words) for 3 days")
                .contains("never keep");
    }

    @Test
    void export_then_forget_leaves_nothing_behind() {
        TestMember ana = kindred.member("Ana");
        ana.sends("/start");
        ana.presses("I agree, let's start");

        var export = ana.sends("/export");
        Part.Document document = export.parts(Part.Document.class).findFirst().orElseThrow();
        String json = new String(document.content(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"memberId\": \"" + ana.id().value() + "\"").contains("\"consentedAt\"");
        assertThat(json).doesNotContain("user-Ana");
        assertThat(document.fileName()).endsWith(".json");

        assertThat(ana.sends("/forget").text()).contains("can't be undone");
        assertThat(ana.presses("Yes, delete everything").text()).contains("has been deleted");

        assertThat(kindred.store().members().find(ana.id())).isEmpty();
        kindred.store().memberData().forEach(holder ->
                assertThat(holder.export(ana.id())).as(holder.section()).satisfiesAnyOf(
                        held -> assertThat(held).isEqualTo(java.util.Map.of()),
                        held -> assertThat(held).isEqualTo(java.util.List.of())));
        assertThat(ana.sends("/export").text()).contains("nothing to export");
    }
}
