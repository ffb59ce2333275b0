package io.github.genmedia.providers.autoconfigure.properties;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A provider's credential as configured, with the name of the property that holds it.
 * Each kind of provider calls it its own way ({@code api-key}, {@code cookie}); startup
 * reads it, and names it in its messages, through this one value whatever the name.
 * {@link #toString()} shows no credential.
 *
 * @param property the property, relative to {@code providers.<name>}, that holds the
 * credential, for example {@code api-key}
 * @param value the credential, or {@code null}
 * @param file the file the credential is read from, or {@code null}
 * @param more more credentials, taken in turn with the first, or {@code null} when none
 * are configured
 * @since 0.1.0
 */
public record ConfiguredCredential(String property, @Nullable String value, @Nullable String file,
		@Nullable List<String> more) {

	/**
	 * Return the property that holds the credential's file, for messages.
	 * @return for example {@code api-key-file}
	 */
	public String fileProperty() {
		return this.property + "-file";
	}

	/**
	 * Return the property that lists more credentials, for messages.
	 * @return for example {@code api-keys}
	 */
	public String listProperty() {
		return this.property + "s";
	}

	/**
	 * Return what is configured without the credentials themselves, which a record would
	 * show.
	 * @return the property, whether a value is set, the file and how many more there are
	 */
	@Override
	public String toString() {
		return "ConfiguredCredential[" + this.property + "=" + ((this.value != null) ? "****" : "unset") + ", file="
				+ this.file + ", more=" + ((this.more != null) ? this.more.size() : "unset") + "]";
	}

}
