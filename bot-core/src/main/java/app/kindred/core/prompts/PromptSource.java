package app.kindred.core.prompts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where prompt files are read from. */
public sealed interface PromptSource {

    /** Opens a file relative to the prompts root, or returns null when it does not exist. */
    InputStream open(String relativeName) throws IOException;

    /** Prompts bundled on the classpath under a root folder. */
    record Classpath(ClassLoader loader, String root) implements PromptSource {
        @Override
        public InputStream open(String relativeName) {
            return loader.getResourceAsStream(root + "/" + relativeName);
        }
    }

    /** Prompts in a directory that people edit without rebuilding Kindred. */
    record Directory(Path root) implements PromptSource {
        @Override
        public InputStream open(String relativeName) throws IOException {
            Path file = root.resolve(relativeName).normalize();
            if (!file.startsWith(root.normalize()) || !Files.isRegularFile(file)) {
                return null;
            }
            return Files.newInputStream(file);
        }
    }
}
