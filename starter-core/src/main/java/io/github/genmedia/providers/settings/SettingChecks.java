package io.github.genmedia.providers.settings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The checks settings records share, collecting every problem before one exception.
 * <p>
 * Used in a compact constructor: {@code new SettingChecks().positive("retryInterval",
 * retryInterval).throwIfInvalid(SunoTokenSettings.class)}. Each check names the record
 * component; a missing value counts as invalid.
 *
 * @since 0.1.0
 */
public final class SettingChecks {

	private final List<SettingProblem> problems = new ArrayList<>();

	/**
	 * Require a duration above zero.
	 * @param setting the component
	 * @param value its value
	 * @return these checks
	 */
	public SettingChecks positive(String setting, @Nullable Duration value) {
		return require(value != null && !value.isNegative() && !value.isZero(), setting,
				"must be positive, but is " + value);
	}

	/**
	 * Require a duration of zero or more.
	 * @param setting the component
	 * @param value its value
	 * @return these checks
	 */
	public SettingChecks notNegative(String setting, @Nullable Duration value) {
		return require(value != null && !value.isNegative(), setting, "must not be negative, but is " + value);
	}

	/**
	 * Require a number within bounds.
	 * @param setting the component
	 * @param value its value
	 * @param min the smallest value allowed
	 * @param max the largest value allowed
	 * @param why why there is an upper bound, quoted when the value exceeds it
	 * @return these checks
	 */
	public SettingChecks between(String setting, long value, long min, long max, String why) {
		if (value < min) {
			return require(false, setting, "must be at least " + min + ", but is " + value);
		}
		return require(value <= max, setting, "must be at most " + max + " (" + why + "), but is " + value);
	}

	/**
	 * Require a condition.
	 * @param condition the condition
	 * @param setting the component it is about
	 * @param problem what is wrong when it does not hold
	 * @return these checks
	 */
	public SettingChecks require(boolean condition, String setting, String problem) {
		if (!condition) {
			this.problems.add(new SettingProblem(setting, problem));
		}
		return this;
	}

	/**
	 * Throw when any check failed.
	 * @param settingsType the record being constructed
	 * @throws InvalidSettingsException with every problem found
	 */
	public void throwIfInvalid(Class<?> settingsType) {
		if (!this.problems.isEmpty()) {
			throw new InvalidSettingsException(settingsType, this.problems);
		}
	}

}
