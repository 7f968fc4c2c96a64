package app.kindred.slack;

import app.kindred.adapter.OneSentenceFailureAnalyzer;

/** Shows why Slack could not start as its one sentence, wherever Spring wrapped it. */
public final class SlackSetupFailureAnalyzer extends OneSentenceFailureAnalyzer<SlackSetupException> {
}
