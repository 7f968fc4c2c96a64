package app.kindred.app.cli;

import app.kindred.core.member.Secrets;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.util.Base64;
import java.util.List;

/**
 * Prints three fresh keys as environment lines, for deployments that keep keys in configuration rather
 * than in the key file (several instances must share them). Output goes to stdout only, to be redirected
 * into a secret store; nothing is written to disk.
 */
final class KeysCommand implements CliCommand {

    @Override
    public String name() {
        return "keys";
    }

    @Override
    public String summary() {
        return "print three new keys as KINDRED_KEYS_* environment lines";
    }

    @Override
    public int run(List<String> arguments, BufferedReader in, PrintStream out, PrintStream err) {
        Secrets fresh = Secrets.random();
        Base64.Encoder base64 = Base64.getEncoder();
        out.println("KINDRED_KEYS_PSEUDONYM=" + base64.encodeToString(fresh.pseudonymKey()));
        out.println("KINDRED_KEYS_ADDRESS=" + base64.encodeToString(fresh.addressKey()));
        out.println("KINDRED_KEYS_BUTTON=" + base64.encodeToString(fresh.buttonKey()));
        return 0;
    }
}
