package io.github.genmedia.providers.test.standin;

import java.util.List;

/**
 * Every built-in provider's stand-in. A new built-in provider's stand-in is one class in
 * this package that declares its {@link StandInProvider}, and one line here: the server,
 * the paths, {@code TestCredentials} and the initializer that points an application at
 * the stand-ins all read this list.
 *
 * @since 0.1.0
 */
public final class StandInProviders {

	/** The stand-ins, in the README's order of providers. */
	public static final List<StandInProvider> ALL = List.of(SunorStandIn.PROVIDER, SupertoneStandIn.PROVIDER,
			WhisulStandIn.PROVIDER, AutypeStandIn.PROVIDER, SunoStandIn.PROVIDER);

	private StandInProviders() {
	}

	/**
	 * Return the stand-in of a provider.
	 * @param name the provider's name
	 * @return its stand-in
	 * @throws IllegalArgumentException if no built-in provider has that name
	 */
	public static StandInProvider named(String name) {
		for (StandInProvider provider : ALL) {
			if (provider.name().equals(name)) {
				return provider;
			}
		}
		throw new IllegalArgumentException("No stand-in for '" + name + "'; there are "
				+ ALL.stream().map(StandInProvider::name).toList());
	}

}
