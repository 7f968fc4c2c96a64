package app.kindred.core.prompts;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The prompt catalogue read from YAML: {@code prompts/index.yml} names the languages and files, and
 * {@code prompts/<language>/<file>.yml} holds nested keys. A string is one template; a list of strings
 * is a set of variants. Read from the classpath (bundled) or from a directory (edited in place).
 */
public final class YamlPrompts implements Prompts {

    private final Map<String, Map<String, List<String>>> byLanguage;

    private YamlPrompts(Map<String, Map<String, List<String>>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    /** The catalogue bundled with Kindred. */
    public static YamlPrompts bundled() {
        return load(new PromptSource.Classpath(YamlPrompts.class.getClassLoader(), "prompts"));
    }

    public static YamlPrompts fromDirectory(Path directory) {
        return load(new PromptSource.Directory(directory));
    }

    @SuppressWarnings("unchecked")
    public static YamlPrompts load(PromptSource source) {
        Map<String, Object> index = (Map<String, Object>) read(source, "index.yml");
        List<String> languages = (List<String>) index.get("languages");
        List<String> files = (List<String>) index.get("files");
        if (languages == null || files == null) {
            throw new IllegalStateException("prompts/index.yml must list 'languages' and 'files'");
        }
        Map<String, Map<String, List<String>>> byLanguage = new LinkedHashMap<>();
        for (String language : languages) {
            Map<String, List<String>> keys = new HashMap<>();
            for (String file : files) {
                String name = language + "/" + file + ".yml";
                Object tree = read(source, name);
                if (tree != null) {
                    flatten("", tree, keys, name);
                }
            }
            byLanguage.put(language, Collections.unmodifiableMap(keys));
        }
        return new YamlPrompts(Collections.unmodifiableMap(byLanguage));
    }

    @Override
    public Set<String> languages() {
        return byLanguage.keySet();
    }

    @Override
    public Set<String> keys(String language) {
        return byLanguage.getOrDefault(language, Map.of()).keySet();
    }

    @Override
    public Optional<List<String>> variants(String language, String key) {
        return Optional.ofNullable(byLanguage.getOrDefault(language, Map.of()).get(key));
    }

    private static Object read(PromptSource source, String name) {
        try (InputStream in = source.open(name)) {
            if (in == null) {
                return null;
            }
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read prompts/" + name, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("prompts/" + name + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    private static void flatten(String prefix, Object node, Map<String, List<String>> out, String file) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? k.toString() : prefix + "." + k, v, out, file));
        } else if (node instanceof List<?> list) {
            List<String> variants = new ArrayList<>(list.size());
            for (Object item : list) {
                if (item instanceof Map || item instanceof List) {
                    throw new IllegalStateException("prompts/" + file + ": " + prefix + " mixes lists and maps");
                }
                variants.add(clean(String.valueOf(item)));
            }
            out.put(prefix, List.copyOf(variants));
        } else if (node != null) {
            out.put(prefix, List.of(clean(String.valueOf(node))));
        }
    }

    /** Block scalars end with a newline that nobody means to send. */
    private static String clean(String text) {
        return text.strip();
    }
}
