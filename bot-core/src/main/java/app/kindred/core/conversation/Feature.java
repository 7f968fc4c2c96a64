package app.kindred.core.conversation;

/** A feature of Kindred (check-ins, groups, tips, ...) registers what it handles in the routing table. */
public interface Feature {

    void register(Routes routes);
}
