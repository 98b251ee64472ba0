package dev.careplan.transport;

import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A kind of {@link Transport}, discoverable with {@link ServiceLoader}, created from text settings (as they come from
 * a configuration file or a command line). Built in: {@code folder} (settings {@code outbox}, {@code inbox}) and
 * {@code relay} (settings {@code url}, {@code key}, {@code password-file}, {@code trust}, optional {@code alias}).
 * A future channel (the national REST API) plugs in as another provider.
 */
public interface TransportProvider {

    /** The provider's name, e.g. {@code folder}. */
    String name();

    /**
     * Creates a transport.
     *
     * @throws IllegalArgumentException naming a missing or invalid setting
     */
    Transport create(Map<String, String> settings);

    /** The provider of that name on the class path or module path. */
    static Optional<TransportProvider> named(String name) {
        return ServiceLoader.load(TransportProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals(name)).findFirst();
    }
}
