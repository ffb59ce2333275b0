package io.github.genmedia.providers.autype;

import java.util.Locale;

import io.github.genmedia.providers.api.WireValue;

/**
 * An output format. Autype writes it in upper case in its answers and in a bulk render
 * request ({@code PDF}), and in lower case in document JSON ({@code document.type}) and
 * in {@link AutypeDocumentRenderRequest#format()} ({@code pdf}); reading ignores case.
 *
 * @since 0.1.0
 */
public enum AutypeFormat implements WireValue {

	/** PDF. */
	PDF,

	/** Word (Office Open XML). */
	DOCX,

	/** OpenDocument text. */
	ODT,

	/** A format Autype added after this enum was written. */
	UNKNOWN;

	/**
	 * Return the format as document JSON's {@code document.type} and a persistent
	 * document render write it.
	 * @return the format in lower case, such as {@code pdf}
	 */
	public String documentType() {
		return name().toLowerCase(Locale.ROOT);
	}

	@Override
	public String wireValue() {
		return name().toUpperCase(Locale.ROOT);
	}

}
