package io.github.genmedia.providers.architecture.violation;

/**
 * Breaks the constructor rule, for {@code ArchitectureTests}.
 */
class LongConstructor {

	LongConstructor(int a, int b, int c, int d, int e, int f) {
	}

	/** A record may have more components. */
	record SixComponents(int a, int b, int c, int d, int e, int f) {
	}

}
