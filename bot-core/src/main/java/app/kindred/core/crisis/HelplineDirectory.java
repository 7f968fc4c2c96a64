package app.kindred.core.crisis;

import java.util.Collection;
import java.util.Optional;

/** Port to the helpline directory kept in prompts/helplines.yml. */
public interface HelplineDirectory {

    Optional<CountryHelplines> country(String countryCode);

    Collection<CountryHelplines> countries();

    /** A directory of helplines for every country, for anyone whose country has no entry. */
    Helpline international();
}
