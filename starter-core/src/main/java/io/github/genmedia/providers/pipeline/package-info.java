/**
 * The one place a provider's client is put together: the ordered interceptors, the
 * error mapping and the request factory settings of a
 * {@link io.github.genmedia.providers.definition.ProviderDefinition}.
 * <p>
 * The auto-configured {@code RestClient} beans, HTTP service groups and the benchmarks
 * all take their chain from {@link io.github.genmedia.providers.pipeline.ProviderPipeline},
 * so what is measured and tested is what runs.
 */
@NullMarked
package io.github.genmedia.providers.pipeline;

import org.jspecify.annotations.NullMarked;
