package app.kindred.core.delivery;

import app.kindred.core.contract.Outbound;
import app.kindred.core.contract.Platform;

/**
 * Port each adapter implements: delivers what the core asks for on its platform. Delivery is
 * asynchronous (through the adapter's outbox); failures are retried, counted and logged by the adapter,
 * and permanent ones come back as lifecycle events (member unreachable, space not opened).
 */
public interface Messenger {

    Platform platform();

    void deliver(Outbound outbound);
}
