package app.kindred.core.conversation;

import app.kindred.core.buttons.ButtonPayloads;
import app.kindred.core.member.AddressVault;
import app.kindred.core.member.Members;
import app.kindred.core.member.Pseudonyms;
import app.kindred.core.prompts.Prompts;

import java.time.Clock;

/**
 * The shared ports and settings every feature may use; feature-specific ports are handed to each
 * feature when it is built.
 */
public record Services(CoreSettings settings, Clock clock, Prompts prompts, Members members,
                       Pseudonyms pseudonyms, AddressVault vault, ButtonPayloads buttons) {
}
