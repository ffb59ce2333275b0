package io.github.genmedia.providers.benchmarks.support;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * The figures a harness hands back to the suite: named values in a properties file,
 * because each harness runs in a JVM of its own.
 */
public final class Figures {

	private final Properties values = new Properties();

	public Figures put(String name, Object value) {
		this.values.setProperty(name, String.valueOf(value));
		return this;
	}

	public Figures putAll(Figures other) {
		this.values.putAll(other.values);
		return this;
	}

	public String get(String name) {
		String value = this.values.getProperty(name);
		if (value == null) {
			throw new IllegalStateException("The harness reported no figure '" + name + "'");
		}
		return value;
	}

	public double number(String name) {
		return Double.parseDouble(get(name));
	}

	public long integer(String name) {
		return Long.parseLong(get(name));
	}

	public boolean has(String name) {
		return this.values.containsKey(name);
	}

	public void write(Path file) {
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			this.values.store(writer, null);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not write " + file, ex);
		}
	}

	public static Figures read(Path file) {
		Figures figures = new Figures();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			figures.values.load(reader);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not read " + file, ex);
		}
		return figures;
	}

	/** Format with a fixed number of decimals, independent of the machine's locale. */
	public static String fmt(double value, int decimals) {
		return String.format(Locale.ROOT, "%,." + decimals + "f", value);
	}

}
