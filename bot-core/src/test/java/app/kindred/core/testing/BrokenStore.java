package app.kindred.core.testing;

import app.kindred.core.store.StorePorts;
import app.kindred.core.store.StoreTurn;
import app.kindred.core.store.StoreUnavailableException;

import java.lang.reflect.Proxy;
import java.util.List;

/**
 * A store that is down: every call on every port throws {@link StoreUnavailableException}, as a Redis
 * that went away would. Built as proxies, so ports other features add are broken too.
 */
public final class BrokenStore {

    private BrokenStore() {
    }

    public static StorePorts ports() {
        return (StorePorts) Proxy.newProxyInstance(StorePorts.class.getClassLoader(), new Class<?>[] {StorePorts.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "memberData" -> List.of();
                    case "isHealthy" -> false;
                    case "close" -> null;
                    // A turn that held no writes touches no store when it ends, down or not.
                    case "beginTurn" -> StoreTurn.NONE;
                    case "flush" -> throw down();
                    case "toString" -> "BrokenStore";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> method.getReturnType().isInterface() ? port(method.getReturnType()) : null;
                });
    }

    private static Object port(Class<?> type) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getName().equals("toString")) {
                return "broken " + type.getSimpleName();
            }
            throw down();
        });
    }

    private static StoreUnavailableException down() {
        return new StoreUnavailableException("the store is down (test)", null);
    }
}
