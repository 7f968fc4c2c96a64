package app.kindred.app.safety;

import app.kindred.app.config.BadSettingException;
import app.kindred.core.contract.Address;
import app.kindred.core.contract.Platform;
import app.kindred.core.crisis.escalation.CommunitySafety;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SafetyConfigurationTest {

    private final SafetyConfiguration configuration = new SafetyConfiguration();

    @Test
    void the_people_a_community_named_receive_escalations_and_group_reports() {
        var settings = new SafetySettings(List.of(new SafetySettings.Community("slack", "T0123", "notify-on-imminent-risk",
                List.of(new SafetySettings.Contact("Sam (first aider)", "U0456", null, "en")))));

        var safety = configuration.safetyContacts(settings);

        CommunitySafety community = safety.forCommunity(Platform.SLACK, "T0123").orElseThrow();
        assertThat(community.policy()).isEqualTo(CommunitySafety.Policy.NOTIFY_ON_IMMINENT_RISK);
        assertThat(community.contacts()).singleElement().satisfies(contact -> assertThat(contact.name()).isEqualTo("Sam (first aider)"));
        assertThat(configuration.reportRecipients(safety).safetyContacts(Platform.SLACK, "T0123"))
                .containsExactly(new Address.Direct(Platform.SLACK, "T0123", "U0456", ""));
        assertThat(safety.forCommunity(Platform.SLACK, "T9999")).isEmpty();
        assertThat(safety.forCommunity(Platform.DISCORD, "T0123")).isEmpty();
    }

    @Test
    void consent_only_is_the_default_policy() {
        var settings = new SafetySettings(List.of(new SafetySettings.Community("telegram", "direct", null,
                List.of(new SafetySettings.Contact("Moderator", "4242", "4242", null)))));

        assertThat(configuration.safetyContacts(settings).forCommunity(Platform.TELEGRAM, "direct").orElseThrow().policy())
                .isEqualTo(CommunitySafety.Policy.CONSENT_ONLY);
    }

    @Test
    void nothing_configured_means_nobody_is_contacted() {
        var safety = configuration.safetyContacts(new SafetySettings(null));
        assertThat(safety.addresses(Platform.WEB, "local")).isEmpty();
    }

    @Test
    void a_bad_entry_is_named_in_one_sentence() {
        var unknownPlatform = new SafetySettings(List.of(new SafetySettings.Community("myspace", "x", null, List.of())));
        assertThatThrownBy(() -> configuration.safetyContacts(unknownPlatform))
                .isInstanceOf(BadSettingException.class)
                .hasMessage("kindred.safety.communities[0].platform is 'myspace', which is not a platform: use one of telegram, slack, discord, web.");

        var unknownPolicy = new SafetySettings(List.of(new SafetySettings.Community("slack", "T1", "always", List.of())));
        assertThatThrownBy(() -> configuration.safetyContacts(unknownPolicy))
                .hasMessage("kindred.safety.communities[0].policy is 'always', which is not a policy: use consent-only (the default) or notify-on-imminent-risk.");

        var nameless = new SafetySettings(List.of(new SafetySettings.Community("slack", "T1", null,
                List.of(new SafetySettings.Contact(" ", "U1", null, null)))));
        assertThatThrownBy(() -> configuration.safetyContacts(nameless))
                .hasMessage("kindred.safety.communities[0].contacts[0].name is empty: put a name members can read, like 'Sam (first aider)' there.");
    }
}
