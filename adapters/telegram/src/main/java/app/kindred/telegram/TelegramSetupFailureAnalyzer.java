package app.kindred.telegram;

import app.kindred.adapter.OneSentenceFailureAnalyzer;

/** Shows why Telegram could not start as its one sentence, wherever Spring wrapped it. */
public final class TelegramSetupFailureAnalyzer extends OneSentenceFailureAnalyzer<TelegramSetupException> {
}
