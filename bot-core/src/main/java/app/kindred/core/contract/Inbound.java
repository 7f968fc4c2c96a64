package app.kindred.core.contract;

/** Everything that can happen to Kindred: the closed set of events the core understands. */
public sealed interface Inbound
        permits Inbound.FromMember, Lifecycle, ClockTicked {

    /** An event a member caused by writing or pressing something. */
    sealed interface FromMember extends Inbound permits CommandIssued, ButtonPressed, TextWritten {
        Sender sender();

        Place place();
    }
}
