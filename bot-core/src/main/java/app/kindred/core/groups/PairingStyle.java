package app.kindred.core.groups;

import app.kindred.core.contract.Outbound;
import app.kindred.core.contract.Part;
import app.kindred.core.prompts.Say;

import java.time.Instant;
import java.util.List;

/** What a buddy pair gets that a group does not: its own welcome words and a check-back a week later. */
public interface PairingStyle {

    /** Shown to each buddy when the pair opens, after the greeting: short guidelines and conversation starters. */
    List<Part> welcome(Say say);

    /** Asks each buddy whether they talked; called once, when the pair's check-back is due. */
    List<Outbound> checkBack(Group pair, Instant now);
}
