package app.kindred.app.webchat;

import app.kindred.core.contract.ClockTicked;
import app.kindred.core.delivery.Dispatch;
import app.kindred.core.testing.MutableClock;
import app.kindred.core.testing.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kindred's web chat in a real browser, on the real app with its embedded store in an empty directory:
 * Debian's chromium, headless, two tabs as two members, used by keyboard where a person would. The only
 * thing the test controls is the clock, so a scheduled check-in and the buddy matching come when it says.
 * It leaves a screenshot of the chat at target/web-chat.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebChatEndToEndTest {

    @TempDir
    static Path temp;

    static ChromeDriver browser;

    @DynamicPropertySource
    static void onAnEmptyDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("kindred.data-dir", () -> temp.resolve("data").toString());
    }

    /** The app's clock, moved by the test instead of by time. */
    @TestConfiguration
    static class ClockTheTestMoves {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(TestPlatform.START);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    Dispatch dispatch;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start(temp.resolve("chromium-profile"));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void two_members_in_two_tabs_check_in_see_their_mood_pair_up_and_are_kept_safe() throws IOException {
        String url = "http://127.0.0.1:" + port + "/";
        ChatTab maya = ChatTab.first(browser, url);
        assertThat(browser.getTitle()).isEqualTo("Kindred");
        assertThat(maya.driver().findElement(By.id("get-help")).getText()).isEqualTo("In danger now? Get help");

        // Onboarding: a name typed and Enter pressed; the welcome arrives with the keyboard on its first button.
        maya.joinAs("Maya");
        WebElement welcome = maya.awaitKindred("Hi Maya, I'm Kindred");
        assertThat(welcome.getText()).contains("not a therapist").contains("call 999").contains("What I keep");
        assertThat(maya.activeElement().getText()).isEqualTo("I agree, let's start");

        // Consent, by pressing Enter on the focused button; the answered buttons are retired.
        maya.activeElement().sendKeys(Keys.ENTER);
        maya.awaitKindred("You're all set");
        maya.waitUntil(d -> !welcome.findElement(By.xpath(".//button[normalize-space(.)=\"I agree, let's start\"]")).isEnabled());

        // A scheduled check-in arrives on its own, without a reload, and is answered by pressing a button.
        maya.says("/checkin 09:05");
        maya.awaitKindred("I'll check in with you every day at 09:05 (Europe/London)");
        tick(Duration.ofMinutes(6));
        WebElement checkin = maya.awaitKindred("4 · Good");
        assertThat(checkin.findElements(By.tagName("button"))).extracting(WebElement::getText)
                .contains("😣 1 · Very low", "😄 5 · Great", "Skip today");
        maya.presses("🙂 4 · Good");
        maya.waitUntil(d -> !checkin.findElement(By.xpath(".//button[contains(., '4 · Good')]")).isEnabled());

        // The mood chart, as an image the browser decoded, with its words as alt text.
        maya.says("/mood");
        WebElement chart = maya.waitUntil(d -> d.findElement(By.cssSelector("#log li.kindred img.chart")));
        assertThat(chart.getAttribute("alt")).contains("one check-in: 4 (good)");
        assertThat(((Number) maya.script("return arguments[0].naturalWidth;", chart)).intValue()).isGreaterThan(100);
        screenshot(maya);

        // Everything Kindred holds, as a download.
        maya.says("/export");
        WebElement download = maya.awaitKindred("Download kindred-export.json").findElement(By.cssSelector("a[download]"));
        assertThat(download.getAttribute("download")).isEqualTo("kindred-export.json");
        assertThat(download.getAttribute("href")).startsWith("data:application/json;base64,");

        // The help link is always there and brings the helplines for where the browser says Maya is.
        maya.driver().findElement(By.id("get-help")).click();
        WebElement helplines = maya.awaitKindred("Samaritans");
        assertThat(helplines.getText()).contains("116 123").contains("999");
        assertThat(helplines.findElements(By.cssSelector("a[href^='https://']"))).isNotEmpty();

        // A message longer than Kindred reads is held back in the page with a clear sentence.
        maya.script("const box = document.getElementById('message'); box.value = 'a'.repeat(4001);"
                + "box.dispatchEvent(new Event('input'));");
        maya.driver().findElement(By.id("send-button")).click();
        assertThat(maya.driver().findElement(By.id("say-error")).getText())
                .contains("4001 characters").contains("up to 4000");
        maya.script("const box = document.getElementById('message'); box.value = '';"
                + "box.dispatchEvent(new Event('input')); document.getElementById('say-error').textContent = '';");

        // A second tab is a second member: its own welcome, none of Maya's conversation, markup shown as text.
        ChatTab sam = ChatTab.another(browser, url);
        sam.joinAs("<i>Sam</i>");
        sam.awaitKindred("Hi <i>Sam</i>, I'm Kindred");
        assertThat(sam.driver().findElements(By.cssSelector("#log i"))).isEmpty();
        assertThat(sam.kindredMessages()).noneMatch(m -> m.getText().contains("Maya"));
        sam.presses("I agree, let's start");
        sam.awaitKindred("You're all set");

        // Options come as a labelled select: Sam picks a topic and confirms it, all by keyboard.
        sam.says("/groups");
        WebElement topics = sam.waitUntil(d -> d.findElement(By.cssSelector("#log li.kindred select")));
        assertThat(sam.driver().findElement(By.cssSelector("label[for='" + topics.getAttribute("id") + "']")).getText())
                .isEqualTo("Join a topic…");
        new Select(topics).selectByVisibleText("Grief and loss");
        topics.sendKeys(Keys.TAB);
        assertThat(sam.activeElement().getText()).isEqualTo("Choose");
        sam.activeElement().sendKeys(Keys.ENTER);
        sam.awaitKindred("You're on the waitlist for Grief and loss");

        // Sam's tab gets hold of Maya's "delete everything" button and presses it: Kindred refuses, Maya keeps her data.
        maya.says("/forget");
        String mayasPayload = maya.button("Yes, delete everything").getAttribute("data-payload");
        sam.script("const item = document.createElement('li'); item.className = 'msg kindred'; item.dataset.ref = 'm1';"
                + "item.innerHTML = '<div class=\"body\"><div class=\"buttons\"><button type=\"button\">Forged</button></div></div>';"
                + "item.querySelector('button').dataset.payload = arguments[0];"
                + "document.getElementById('log').append(item);", mayasPayload);
        sam.presses("Forged");
        sam.awaitKindred("meant for someone else");
        maya.says("/export");
        maya.waitUntil(d -> maya.kindredMessages().stream()
                .filter(m -> m.getText().contains("Download kindred-export.json")).count() == 2);

        // Maya and Sam ask for a buddy; on the web a pair meets as a relay circle, each in their own tab.
        maya.says("/buddy");
        maya.presses("Find me a buddy");
        maya.awaitKindred("I'm looking for a buddy for you");
        sam.says("/buddy");
        sam.presses("Find me a buddy");
        sam.awaitKindred("I'm looking for a buddy for you");
        tick(Duration.ofMinutes(1));
        maya.awaitKindred("A buddy for you");
        maya.presses("Yes, I'll join");
        sam.awaitKindred("A buddy for you");
        sam.presses("Yes, I'll join");
        sam.awaitKindred("You're paired with");
        maya.awaitKindred("You're paired with");

        // What Maya writes reaches Sam's tab through its stream, under her name; Maya gets no echo.
        maya.says("Thinking of you today <3");
        WebElement relayed = sam.awaitKindred("Thinking of you today <3");
        assertThat(relayed.getText()).contains("Maya").contains("Buddy");
        assertThat(maya.kindredMessages()).noneMatch(m -> m.getText().contains("Thinking of you today"));

        // A crisis message is answered at once and privately with helplines, and never passed to the circle.
        int samSawBefore = sam.kindredMessages().size();
        maya.says("i just want to die, i can't do this anymore");
        WebElement crisisReply = maya.waitUntil(d -> d.findElement(By.cssSelector("#log li.kindred.urgent")));
        assertThat(crisisReply.getText()).contains("not a crisis service").contains("Samaritans").contains("116 123")
                .contains("call 999");
        // Anything relayed would reach Sam before the answer to his next command does.
        sam.says("/help");
        sam.waitUntil(d -> sam.kindredMessages().size() > samSawBefore);
        assertThat(sam.kindredMessages()).hasSize(samSawBefore + 1)
                .noneMatch(m -> m.getText().contains("want to die"));
        assertThat(sam.kindredMessages().get(samSawBefore).getText()).contains("Here's what I can do");

        // The page itself: labelled controls, readable contrast, a live log, nothing fetched from elsewhere.
        assertThat(PageChecks.run(maya, PageChecks.UNLABELLED)).isEmpty();
        assertThat(PageChecks.run(maya, PageChecks.CONTRAST)).isEmpty();
        assertThat(maya.driver().findElement(By.id("log")).getAttribute("aria-live")).isEqualTo("polite");
        assertThat(PageChecks.run(maya, PageChecks.FOREIGN_REQUESTS)).isEmpty();
        assertThat(PageChecks.run(sam, PageChecks.FOREIGN_REQUESTS)).isEmpty();
    }

    /** Moves the clock on and lets it tick, as the app's ticker does every few seconds. */
    private void tick(Duration by) {
        clock.advance(by);
        dispatch.submit(new ClockTicked(clock.instant()));
    }

    private static void screenshot(ChatTab tab) throws IOException {
        Path shot = ((ChromeDriver) tab.driver()).getScreenshotAs(OutputType.FILE).toPath();
        Path target = Path.of("target", "web-chat.png");
        Files.createDirectories(target.getParent());
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(target)).isGreaterThan(10_000);
    }
}
