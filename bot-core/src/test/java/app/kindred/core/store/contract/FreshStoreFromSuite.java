package app.kindred.core.store.contract;

import app.kindred.core.store.StorePorts;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each contract test a fresh store from the {@link StoreContractSuite} it runs in, so a port's
 * contract needs no code in the suite beyond its name.
 */
final class FreshStoreFromSuite implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == StorePorts.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRequiredTestInstances().findInstance(StoreContractSuite.class)
                .orElseThrow(() -> new IllegalStateException("a store contract runs inside a StoreContractSuite"))
                .freshStore();
    }
}
