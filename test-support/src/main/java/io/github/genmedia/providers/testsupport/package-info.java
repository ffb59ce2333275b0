/**
 * Helpers the tests of several modules share, published as starter-core's test jar
 * ({@code <type>test-jar</type>}, test scope): a clock the test moves, and WireMock
 * answers the test holds back. Only this package goes into that jar.
 */
@NullMarked
package io.github.genmedia.providers.testsupport;

import org.jspecify.annotations.NullMarked;
