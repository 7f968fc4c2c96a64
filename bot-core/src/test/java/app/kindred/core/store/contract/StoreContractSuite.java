package app.kindred.core.store.contract;

import app.kindred.core.store.StorePorts;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

/**
 * The whole storage contract, one nested class per port: a store's test extends this and says how to
 * open a fresh store of its kind, and runs every port's contract, which its report lists port by port.
 */
@ExtendWith(FreshStoreFromSuite.class)
public abstract class StoreContractSuite {

    /**
     * A fresh, empty store for one test. Member ids are random, so a shared server is fine as long as
     * each store has its own key space for global structures such as the due check-in queue.
     */
    protected abstract StorePorts freshStore();

    /** The export document's sections in the order this store lists its ports. */
    protected abstract List<String> exportSectionOrder();

    @Nested
    class Members extends MembersContract {
    }

    @Nested
    class CheckinSchedules extends CheckinSchedulesContract {
    }

    @Nested
    class DueCheckins extends DueCheckinsContract {
    }

    @Nested
    class AnsweredCheckins extends AnsweredCheckinsContract {
    }

    @Nested
    class MoodHistory extends MoodHistoryContract {
    }

    @Nested
    class TipProgress extends TipProgressContract {
    }

    @Nested
    class Waitlists extends WaitlistsContract {
    }

    @Nested
    class GroupRecords extends GroupRecordsContract {
    }

    @Nested
    class GroupMembers extends GroupMembersContract {
    }

    @Nested
    class RecentSignals extends RecentSignalsContract {
    }

    @Nested
    class FollowUps extends FollowUpsContract {
    }

    @Nested
    class ExportDocument extends ExportDocumentContract {
        @Override
        protected List<String> sectionOrder() {
            return exportSectionOrder();
        }
    }
}
