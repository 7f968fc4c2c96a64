package app.kindred.app.assembly;

import app.kindred.core.crisis.YamlHelplineDirectory;
import app.kindred.core.prompts.YamlPrompts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the background thread reads is the same bundled content the beans would read themselves. */
class ContentPreloadTest {

    @Test
    void preloaded_prompts_and_helplines_are_the_bundled_ones() {
        ContentPreload preload = ContentPreload.start();
        YamlPrompts bundled = YamlPrompts.bundled();

        assertThat(preload.prompts().languages()).isEqualTo(bundled.languages());
        for (String language : bundled.languages()) {
            assertThat(preload.prompts().keys(language)).isEqualTo(bundled.keys(language));
        }
        assertThat(preload.helplines().countries()).hasSameSizeAs(YamlHelplineDirectory.bundled().countries());
        assertThat(preload.helplines().international()).isEqualTo(YamlHelplineDirectory.bundled().international());
    }
}
