package app.kindred.app.docker;

import app.kindred.app.config.KindredProperties;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Docker engine runs in CI, so the container files are checked as text: compose.yaml parses and has
 * Kindred and Redis (AOF on, on a volume), the Dockerfile builds in one stage and runs as a non-root user
 * in another with a health check, and every path it copies exists in the repository.
 */
class DockerFilesTest {

    private static final Path REPO = repositoryRoot();
    private static final Path DOCKER = REPO.resolve("docker");

    @Test
    @SuppressWarnings("unchecked")
    void compose_runs_kindred_and_redis_with_append_only_persistence_on_a_volume() throws IOException {
        Map<String, Object> compose = yaml(DOCKER.resolve("compose.yaml"));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        Map<String, Object> redis = (Map<String, Object>) services.get("redis");
        Map<String, Object> volumes = (Map<String, Object>) compose.get("volumes");

        assertThat(services).containsKeys("kindred", "redis");
        assertThat(String.join(" ", (List<String>) redis.get("command"))).contains("--appendonly yes");
        assertThat((List<String>) redis.get("volumes")).anySatisfy(volume -> {
            assertThat(volume).endsWith(":/data");
            assertThat(volumes).containsKey(volume.substring(0, volume.indexOf(':')));
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void compose_builds_kindred_from_the_repository_with_the_dockerfile_here() throws IOException {
        Map<String, Object> kindred = (Map<String, Object>) ((Map<String, Object>) yaml(DOCKER.resolve("compose.yaml"))
                .get("services")).get("kindred");
        Map<String, Object> build = (Map<String, Object>) kindred.get("build");
        Path context = DOCKER.resolve((String) build.get("context")).normalize();

        assertThat(context).isEqualTo(REPO);
        assertThat(context.resolve((String) build.get("dockerfile"))).isEqualTo(DOCKER.resolve("Dockerfile"));
        assertThat((List<String>) kindred.get("volumes")).anyMatch(volume -> volume.endsWith(":/var/lib/kindred"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void compose_runs_kindred_on_the_redis_beside_it() throws IOException {
        Map<String, Object> kindred = (Map<String, Object>) ((Map<String, Object>) yaml(DOCKER.resolve("compose.yaml"))
                .get("services")).get("kindred");
        Map<String, Object> environment = (Map<String, Object>) kindred.get("environment");

        assertThat(environment).containsEntry("KINDRED_STORE", "redis")
                .containsEntry("KINDRED_REDIS_URL", "redis://redis:6379/0");
        assertThat(((Map<String, Object>) kindred.get("depends_on"))).containsKey("redis");
    }

    @Test
    void every_path_the_dockerfile_copies_from_the_repository_exists() throws IOException {
        List<String> sources = copiedSources();

        assertThat(sources).isNotEmpty().contains("mvnw", "prompts/", "bot-app/src/");
        assertThat(sources).allSatisfy(source -> assertThat(REPO.resolve(source)).exists());
    }

    /** The repository paths the Dockerfile copies (COPY --from copies between stages and is left out). */
    private static List<String> copiedSources() throws IOException {
        List<String> sources = new ArrayList<>();
        for (String instruction : instructions("COPY")) {
            List<String> words = new ArrayList<>(Arrays.asList(instruction.split("\\s+")));
            words.remove(0);
            if (words.stream().anyMatch(word -> word.startsWith("--from="))) {
                continue;
            }
            words.removeIf(word -> word.startsWith("--"));
            sources.addAll(words.subList(0, words.size() - 1));
        }
        return sources;
    }

    @Test
    void the_build_stage_copies_every_module_of_the_reactor() throws IOException {
        Matcher modules = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(REPO.resolve("pom.xml")));
        List<String> copied = copiedSources();
        List<String> missing = new ArrayList<>();
        while (modules.find()) {
            String module = modules.group(1);
            if (!copied.contains(module + "/pom.xml")) {
                missing.add(module + "/pom.xml");
            }
            boolean sourcesCopied = copied.stream().anyMatch(source -> (module + "/src/").startsWith(source));
            if (!module.equals("bench") && !sourcesCopied) {
                missing.add(module + "/src/");
            }
        }

        assertThat(missing).as("a module the Maven build needs is not copied into the image").isEmpty();
    }

    @Test
    void the_dockerfile_builds_with_the_wrapper_and_runs_on_a_jre_as_a_user_without_rights() throws IOException {
        List<String> stages = instructions("FROM");
        String lastStage = dockerfile().substring(dockerfile().lastIndexOf("\nFROM "));

        assertThat(stages).hasSize(2);
        assertThat(stages.get(0)).contains("jdk");
        assertThat(stages.get(1)).contains("jre");
        assertThat(dockerfile()).contains("./mvnw ");
        assertThat(lastStage).containsPattern("(?m)^USER kindred$");
        assertThat(lastStage).containsPattern("(?s)HEALTHCHECK .*http://127\\.0\\.0\\.1:8080/actuator/health");
    }

    @Test
    void the_env_example_names_only_settings_kindred_has() throws IOException {
        Set<String> known = Stream.concat(
                Arrays.stream(KindredProperties.class.getRecordComponents()).map(c -> "KINDRED_" + snake(c.getName())),
                Arrays.stream(KindredProperties.Keys.class.getRecordComponents()).map(c -> "KINDRED_KEYS_" + snake(c.getName())))
                .collect(Collectors.toSet());
        Matcher names = Pattern.compile("(?m)^#?(KINDRED_[A-Z_]+)=").matcher(Files.readString(DOCKER.resolve(".env.example")));
        List<String> named = new ArrayList<>();
        while (names.find()) {
            named.add(names.group(1));
        }

        List<String> kindredOwn = named.stream()
                .filter(name -> !name.matches("KINDRED_(TELEGRAM|SLACK|DISCORD|WEB|REDIS)_.*")).toList();
        assertThat(kindredOwn).isNotEmpty();
        assertThat(known).containsAll(kindredOwn);
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    /** Instructions of one kind, with continuation lines joined. */
    private static List<String> instructions(String keyword) throws IOException {
        String joined = dockerfile().replaceAll("\\\\\\n", " ");
        return joined.lines().map(String::strip).filter(line -> line.startsWith(keyword + " ")).toList();
    }

    private static String dockerfile() throws IOException {
        return Files.readString(DOCKER.resolve("Dockerfile"));
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        }
    }

    /** Tests run in the module directory; the repository is the first parent holding the docker folder. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docker")) && Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException("the repository root (with docker/ and mvnw) was not found above "
                + Path.of("").toAbsolutePath());
    }
}
