package app.kindred.discord;

import app.kindred.adapter.OneSentenceFailureAnalyzer;

/** Shows why Discord could not start as its one sentence, wherever Spring wrapped it. */
public final class DiscordSetupFailureAnalyzer extends OneSentenceFailureAnalyzer<DiscordSetupException> {
}
