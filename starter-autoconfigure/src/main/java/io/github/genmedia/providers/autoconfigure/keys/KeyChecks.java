package io.github.genmedia.providers.autoconfigure.keys;

import java.util.function.UnaryOperator;

import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.auth.InvalidCredentialException;
import io.github.genmedia.providers.auth.KeyShape;
import io.github.genmedia.providers.autoconfigure.provider.ActiveProvider;
import io.github.genmedia.providers.autoconfigure.provider.BuiltInProvider;

/**
 * The checks a provider's key passes at startup, applied to a key that arrives later: a
 * rotated file's, a credential source's. A key that fails them is never sent. The shape
 * is checked by the provider's {@link KeyShape}, in the wording of the startup check and
 * of a tenant's key.
 */
final class KeyChecks {

	private KeyChecks() {
	}

	/**
	 * Return the checks of a provider.
	 * @param provider the provider
	 * @return a function that returns the key it is given, or throws
	 * {@link InvalidCredentialException} (whose message never quotes the key)
	 */
	static UnaryOperator<Credential> of(ActiveProvider provider) {
		KeyShape shape = provider.definition().auth().keyShape();
		BuiltInProvider builtIn = provider.builtIn();
		return (credential) -> {
			if (builtIn != null) {
				builtIn.readCredential(credential);
			}
			return shape.check(credential);
		};
	}

}
