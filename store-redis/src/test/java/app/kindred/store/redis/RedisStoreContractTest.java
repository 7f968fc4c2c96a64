package app.kindred.store.redis;

import app.kindred.core.store.StorePorts;
import app.kindred.core.store.contract.AnsweredCheckinsContract;
import app.kindred.core.store.contract.CheckinSchedulesContract;
import app.kindred.core.store.contract.DueCheckinsContract;
import app.kindred.core.store.contract.ExportDocumentContract;
import app.kindred.core.store.contract.GroupMembersContract;
import app.kindred.core.store.contract.GroupRecordsContract;
import app.kindred.core.store.contract.MembersContract;
import app.kindred.core.store.contract.MoodHistoryContract;
import app.kindred.core.store.contract.TipProgressContract;
import app.kindred.core.store.contract.WaitlistsContract;
import org.junit.jupiter.api.Nested;

import java.util.List;

/** The Redis store runs the same storage contract suite as the embedded one, against the local Redis. */
class RedisStoreContractTest {

    @Nested
    class Members extends MembersContract {
        @Override
        protected StorePorts openStore() {
            return TestRedis.freshStore();
        }
    }

    @Nested
    class CheckinSchedules extends CheckinSchedulesContract {
        @Override
        protected StorePorts openStore() {
            return TestRedis.freshStore();
        }
    }

    @Nested
    class DueCheckins extends DueCheckinsContract {
        @Override
        protected StorePorts openStore() {
            return TestRedis.freshStore();
        }
    }

    @Nested
    class AnsweredCheckins extends AnsweredCheckinsContract {
        @Override
        protected StorePorts openStore() {
            return TestRedis.freshStore();
        }
    }

    @Nested
    class MoodHistory extends MoodHistoryContract {
        @Override
        protected StorePorts openStore() {
            return TestRedis.freshStore();
        }
    }

    @Nested
    class TipProgress extends TipProgressContract {
        @Override
        protected StorePorts openStore() {
            return TestRedis.freshStore();
        }
    }

    @Nested
    class Waitlists extends WaitlistsContract {
        @Override
        protected StorePorts openStore() {
            return TestRedis.freshStore();
        }
    }

    @Nested
    class GroupRecords extends GroupRecordsContract {
        @Override
        protected StorePorts openStore() {
            return TestRedis.freshStore();
        }
    }

    @Nested
    class GroupMembers extends GroupMembersContract {
        @Override
        protected StorePorts openStore() {
            return TestRedis.freshStore();
        }
    }

    @Nested
    class ExportDocument extends ExportDocumentContract {
        @Override
        protected StorePorts openStore() {
            return TestRedis.freshStore();
        }

        @Override
        protected List<String> sectionOrder() {
            return List.of("pendingCheckins", "crisisFollowUp", "moods", "waitlists", "groups", "recentCrisisSignal",
                    "checkinSchedule", "answeredCheckins", "tipsSeen", "groupSettings", "profile");
        }
    }
}
