package app.kindred.app;

import app.kindred.app.assembly.ContentPreload;
import app.kindred.app.cli.CliCommand;
import app.kindred.app.cli.CliCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Kindred's entry point. With no arguments (or only Spring options such as {@code --server.port=9090}) it
 * starts the server; with a task name from {@link CliCommands} it runs that task and exits. Every module
 * under {@code app.kindred} is scanned, so an adapter plugs in with its own configuration class. The
 * bundled content is read on another thread meanwhile ({@link ContentPreload}).
 */
@SpringBootApplication(scanBasePackages = "app.kindred")
public class KindredMain {

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && !args[0].startsWith("-")) {
            System.exit(runTask(CliCommands.standard(), args));
        }
        ContentPreload preload = ContentPreload.start();
        SpringApplication application = new SpringApplication(KindredMain.class);
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("contentPreload", preload));
        application.run(args);
    }

    static int runTask(CliCommands commands, String[] args) throws Exception {
        Optional<CliCommand> command = commands.find(args[0]);
        if (command.isEmpty()) {
            System.err.println("Kindred has no command '" + args[0] + "': run java -jar kindred-exec.jar help "
                    + "for the list, or give no command to start the server.");
            return 2;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try {
            return command.get().run(rest, in, out, System.err);
        } finally {
            out.flush();
        }
    }
}
