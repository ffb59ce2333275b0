/**
 * Validation of the immutable settings records of the other packages.
 * <p>
 * A record that rejects its values throws an {@link InvalidSettingsException} listing
 * every {@link SettingProblem} by the name of the record component, so that code which
 * maps configuration onto the record (the auto-configuration) can name its own property
 * for each problem without reading message text.
 */
@NullMarked
package io.github.genmedia.providers.settings;

import org.jspecify.annotations.NullMarked;
