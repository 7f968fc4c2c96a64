package app.kindred.core.contract;

/** What the core asks of the world: messages to deliver, and requests adapters fulfil. */
public sealed interface Outbound permits Message, OpenSpace, RetireButtons {
}
