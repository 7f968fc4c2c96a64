package app.kindred.app.webchat;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/**
 * One tab of the chat page in a real browser, used the way a person uses it: typing, pressing Enter and
 * Tab, reading what appears. Each tab is its own member; the test switches between them by window.
 */
final class ChatTab {

    private final WebDriver driver;
    private final String window;

    private ChatTab(WebDriver driver, String window) {
        this.driver = driver;
        this.window = window;
    }

    /** The browser's first tab, opened on the chat page. */
    static ChatTab first(WebDriver driver, String url) {
        driver.get(url);
        return new ChatTab(driver, driver.getWindowHandle());
    }

    /** Another tab of the same browser: a second member. */
    static ChatTab another(WebDriver driver, String url) {
        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(url);
        return new ChatTab(driver, driver.getWindowHandle());
    }

    ChatTab focus() {
        driver.switchTo().window(window);
        return this;
    }

    WebDriver driver() {
        focus();
        return driver;
    }

    /** Types a display name into the focused name field and presses Enter, as a keyboard user would. */
    void joinAs(String name) {
        focus();
        WebElement active = driver.switchTo().activeElement();
        if (!"name".equals(active.getAttribute("id"))) {
            throw new AssertionError("the name field should have the keyboard when the page opens");
        }
        active.sendKeys(name, Keys.ENTER);
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("message")));
    }

    /** Waits for a message from Kindred containing the text and returns it. */
    WebElement awaitKindred(String text) {
        focus();
        By locator = By.xpath("//ol[@id='log']/li[contains(@class,'kindred')][contains(normalize-space(.), "
                + literal(text) + ")]");
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    List<WebElement> kindredMessages() {
        focus();
        return driver.findElements(By.cssSelector("#log li.kindred"));
    }

    /** Writes into the message box and presses Enter. */
    void says(String text) {
        focus();
        WebElement input = driver.findElement(By.id("message"));
        input.click();
        input.sendKeys(text, Keys.ENTER);
    }

    /** Presses the newest enabled button with this label, by mouse. */
    void presses(String label) {
        button(label).click();
    }

    WebElement button(String label) {
        focus();
        By locator = By.xpath("(//ol[@id='log']//button[not(@disabled)][normalize-space(.)=" + literal(label) + "])[last()]");
        return waitUntil(ExpectedConditions.elementToBeClickable(locator));
    }

    WebElement activeElement() {
        focus();
        return driver.switchTo().activeElement();
    }

    Object script(String script, Object... args) {
        focus();
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    <T> T waitUntil(java.util.function.Function<WebDriver, T> condition) {
        focus();
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition::apply);
    }

    /** An XPath string literal for any text, quotes included. */
    private static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
