package app.kindred.store.redis;

import app.kindred.core.store.StorePorts;
import app.kindred.core.store.contract.StoreContractSuite;

import java.util.List;

/** The Redis store runs the same storage contract suite as the embedded one, against the local Redis. */
class RedisStoreContractTest extends StoreContractSuite {

    @Override
    protected StorePorts freshStore() {
        return TestRedis.freshStore();
    }

    /** Ports with entries in global indexes are forgotten first, the profile last (see RedisStorePorts). */
    @Override
    protected List<String> exportSectionOrder() {
        return List.of("pendingCheckins", "crisisFollowUp", "moods", "waitlists", "groups", "recentCrisisSignal",
                "checkinSchedule", "answeredCheckins", "tipsSeen", "groupSettings", "profile");
    }
}
