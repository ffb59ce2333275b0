/**
 * Events of the current Micrometer observation: what the starter's observers signal on
 * the request they happen in, besides the metrics they record.
 */
@NullMarked
package io.github.genmedia.providers.observation;

import org.jspecify.annotations.NullMarked;
