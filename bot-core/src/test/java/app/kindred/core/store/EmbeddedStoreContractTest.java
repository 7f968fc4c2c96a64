package app.kindred.core.store;

import app.kindred.core.store.contract.StoreContractSuite;

import java.util.List;

/** The embedded store runs the whole storage contract suite, on a store held in memory. */
class EmbeddedStoreContractTest extends StoreContractSuite {

    @Override
    protected StorePorts freshStore() {
        return new EmbeddedStorePorts(EmbeddedStore.inMemory());
    }

    @Override
    protected List<String> exportSectionOrder() {
        return List.of("profile", "recentCrisisSignal", "crisisFollowUp", "checkinSchedule", "pendingCheckins",
                "answeredCheckins", "moods", "tipsSeen", "waitlists", "groups", "groupSettings");
    }
}
