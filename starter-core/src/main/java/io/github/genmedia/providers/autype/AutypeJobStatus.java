package io.github.genmedia.providers.autype;

import java.util.Locale;

import io.github.genmedia.providers.api.WireValue;

/**
 * The status of an Autype render or bulk render job, as Autype writes it
 * ({@code PENDING}, {@code PROCESSING}, {@code COMPLETED}, {@code FAILED}).
 *
 * @since 0.1.0
 */
public enum AutypeJobStatus implements WireValue {

	/** Queued, not started. */
	PENDING,

	/** Being rendered. */
	PROCESSING,

	/** Done: the file can be downloaded for one hour. */
	COMPLETED,

	/** Failed (see the job's error); no credits are charged. */
	FAILED,

	/** A status Autype added after this enum was written. */
	UNKNOWN;

	/**
	 * Whether the job will not change any more.
	 * @return {@code true} for completed and failed
	 */
	public boolean isTerminal() {
		return this == COMPLETED || this == FAILED;
	}

	@Override
	public String wireValue() {
		return name().toUpperCase(Locale.ROOT);
	}

}
