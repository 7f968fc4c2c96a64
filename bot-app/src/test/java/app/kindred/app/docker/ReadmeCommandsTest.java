package app.kindred.app.docker;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's two commands are the contract with a newcomer and with CI: the first builds and runs the
 * jar this build makes, the second is what .ci/run runs, word for word.
 */
class ReadmeCommandsTest {

    private static final Path REPO = repositoryRoot();

    @Test
    void the_readme_opens_with_exactly_two_commands() throws IOException {
        List<String> commands = readmeCommands();

        assertThat(commands.subList(0, 2)).containsExactly(
                "./mvnw -q -DskipTests package && java -XX:SharedArchiveFile=bot-app/target/kindred.jsa"
                        + " -jar bot-app/target/kindred-exec.jar",
                "./mvnw -B verify");
    }

    @Test
    void ci_runs_the_readme_test_command_word_for_word() throws IOException {
        String testCommand = readmeCommands().get(1);
        List<String> ciLines = Files.readAllLines(REPO.resolve(".ci/run")).stream().map(String::strip).toList();

        assertThat(ciLines).contains(testCommand);
        assertThat(Files.isExecutable(REPO.resolve(".ci/run"))).isTrue();
    }

    @Test
    void the_run_command_starts_the_jar_and_the_archive_this_module_builds() throws IOException {
        String pom = Files.readString(REPO.resolve("bot-app/pom.xml"));

        assertThat(pom).contains("<outputFile>${project.build.directory}/kindred-exec.jar</outputFile>");
        assertThat(pom).contains("-XX:ArchiveClassesAtExit=${project.build.directory}/kindred.jsa");
        assertThat(readmeCommands().get(0))
                .endsWith("java -XX:SharedArchiveFile=bot-app/target/kindred.jsa -jar bot-app/target/kindred-exec.jar");
    }

    /** Commands are the README's indented lines starting with ./ — the first two come before anything else. */
    private static List<String> readmeCommands() throws IOException {
        return Files.readAllLines(REPO.resolve("README.md")).stream()
                .filter(line -> line.startsWith("    ./"))
                .map(String::strip)
                .toList();
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException("the repository root was not found above " + Path.of("").toAbsolutePath());
    }
}
