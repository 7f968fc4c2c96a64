package app.kindred.app.config;

import app.kindred.adapter.OneSentenceFailureAnalyzer;

/** Turns a {@link BadSettingException}, wherever Spring wrapped it, into its one sentence. */
public final class BadSettingFailureAnalyzer extends OneSentenceFailureAnalyzer<BadSettingException> {
}
