package app.kindred.core.store;

import app.kindred.core.crisis.RecentSignals;
import app.kindred.core.member.Members;

import java.util.List;

/** Every storage port Kindred uses, from one store (embedded or Redis). */
public interface StorePorts extends AutoCloseable {

    Members members();

    RecentSignals recentSignals();

    /** Every port holding member data, for export and forget. */
    List<MemberData> memberData();

    /** Forces writes to durable storage (after forget). */
    void flush();

    /** Whether the store answers now, for health checks. */
    boolean isHealthy();

    @Override
    void close();
}
