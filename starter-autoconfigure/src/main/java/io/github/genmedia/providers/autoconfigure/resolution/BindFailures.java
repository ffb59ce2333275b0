package io.github.genmedia.providers.autoconfigure.resolution;

import java.util.List;

import io.github.genmedia.providers.autoconfigure.provider.ConfigurationProblem;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;

/**
 * Turns a failure to bind {@code providers.<name>} into configuration problems: each
 * property that belongs to no provider, or a value that cannot be converted.
 */
final class BindFailures {

	/** Values that fail conversion are durations, numbers and names, never secrets; still, not pages of them. */
	private static final int MAX_QUOTED = 40;

	private BindFailures() {
	}

	/**
	 * Describe a failure to bind {@code providers.<name>}.
	 * @param name the name under {@code providers}
	 * @param ex the failure
	 * @param reserved what a reserved name holds instead of a provider, or {@code null}
	 * for a provider's name
	 * @return the problems
	 */
	static List<ConfigurationProblem> describe(String name, BindException ex, @Nullable String reserved) {
		if (ex.getCause() instanceof UnboundConfigurationPropertiesException unbound) {
			String because = (reserved != null) ? ": " + reserved : "";
			String action = (reserved != null)
					? "Name the provider differently (such as '" + name + "-api'), or correct the property's name."
					: "Remove it or correct its name; your IDE completes provider properties, and the README lists "
							+ "them.";
			return unbound.getUnboundProperties()
				.stream()
				.map((property) -> new ConfigurationProblem(property.getName().toString(),
						"is not a property of " + ProvidersBinder.PREFIX + "." + name + because, action))
				.toList();
		}
		ConfigurationProperty property = ex.getProperty();
		String propertyName = (property != null) ? property.getName().toString() : ex.getName().toString();
		String type = ex.getTarget().getType().resolve(Object.class).getSimpleName();
		String value = (property != null) ? " '" + quote(String.valueOf(property.getValue())) + "'" : "";
		return List.of(new ConfigurationProblem(propertyName, "cannot be read as " + type + value,
				"Correct the value of " + propertyName + "; see the README or your IDE for its allowed values."));
	}

	private static String quote(String value) {
		String printable = value.replaceAll("\\p{Cntrl}", "?");
		return (printable.length() > MAX_QUOTED) ? printable.substring(0, MAX_QUOTED) + "…" : printable;
	}

}
