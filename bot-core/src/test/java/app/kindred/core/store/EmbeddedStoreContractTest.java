package app.kindred.core.store;

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

/** The embedded store runs the whole storage contract suite; a Redis store runs the same classes. */
class EmbeddedStoreContractTest {

    private static StorePorts fresh() {
        return new EmbeddedStorePorts(EmbeddedStore.inMemory());
    }

    @Nested
    class Members extends MembersContract {
        @Override
        protected StorePorts openStore() {
            return fresh();
        }
    }

    @Nested
    class CheckinSchedules extends CheckinSchedulesContract {
        @Override
        protected StorePorts openStore() {
            return fresh();
        }
    }

    @Nested
    class DueCheckins extends DueCheckinsContract {
        @Override
        protected StorePorts openStore() {
            return fresh();
        }
    }

    @Nested
    class AnsweredCheckins extends AnsweredCheckinsContract {
        @Override
        protected StorePorts openStore() {
            return fresh();
        }
    }

    @Nested
    class MoodHistory extends MoodHistoryContract {
        @Override
        protected StorePorts openStore() {
            return fresh();
        }
    }

    @Nested
    class TipProgress extends TipProgressContract {
        @Override
        protected StorePorts openStore() {
            return fresh();
        }
    }

    @Nested
    class Waitlists extends WaitlistsContract {
        @Override
        protected StorePorts openStore() {
            return fresh();
        }
    }

    @Nested
    class GroupRecords extends GroupRecordsContract {
        @Override
        protected StorePorts openStore() {
            return fresh();
        }
    }

    @Nested
    class GroupMembers extends GroupMembersContract {
        @Override
        protected StorePorts openStore() {
            return fresh();
        }
    }

    @Nested
    class ExportDocument extends ExportDocumentContract {
        @Override
        protected StorePorts openStore() {
            return fresh();
        }

        @Override
        protected List<String> sectionOrder() {
            return List.of("profile", "recentCrisisSignal", "crisisFollowUp", "checkinSchedule", "pendingCheckins",
                    "answeredCheckins", "moods", "tipsSeen", "waitlists", "groups", "groupSettings");
        }
    }
}
