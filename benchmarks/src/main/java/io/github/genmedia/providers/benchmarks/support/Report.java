package io.github.genmedia.providers.benchmarks.support;

import java.util.ArrayList;
import java.util.List;

/**
 * The final Markdown report: the machine, one table row per figure with its baseline,
 * and the targets, each met or not.
 */
public final class Report {

	/** Whether a row's target was met; {@link #INFO} for figures without a target. */
	public enum Status {

		MET("met"), NOT_MET("**NOT met**"), NOISY("inconclusive (interval spans the target)"), INFO("—");

		private final String text;

		Status(String text) {
			this.text = text;
		}

		public static Status of(boolean met) {
			return met ? MET : NOT_MET;
		}

	}

	private record Row(String benchmark, String measured, String baseline, String ratio, String target,
			Status status) {
	}

	private record Target(String name, Status status, String evidence) {
	}

	private final List<String> machine = new ArrayList<>();

	private final List<Row> rows = new ArrayList<>();

	private final List<Target> targets = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	public Report machine(String line) {
		this.machine.add(line);
		return this;
	}

	public Report row(String benchmark, String measured, String baseline, String ratio, String target,
			Status status) {
		this.rows.add(new Row(benchmark, measured, baseline, ratio, target, status));
		return this;
	}

	public Report target(String name, boolean met, String evidence) {
		this.targets.add(new Target(name, Status.of(met), evidence));
		return this;
	}

	public Report note(String note) {
		this.notes.add(note);
		return this;
	}

	public String markdown() {
		StringBuilder out = new StringBuilder();
		out.append("## Benchmark figures\n\n");
		this.machine.forEach((line) -> out.append("- ").append(line).append('\n'));
		out.append('\n');
		out.append("| Benchmark | Measured | Baseline (same run) | Ratio | Target | Status |\n");
		out.append("|---|---|---|---|---|---|\n");
		for (Row row : this.rows) {
			out.append("| ")
				.append(String.join(" | ", row.benchmark(), row.measured(), row.baseline(), row.ratio(), row.target(),
						row.status().text))
				.append(" |\n");
		}
		out.append("\n### Targets\n\n");
		out.append("| Target | Status | Evidence |\n|---|---|---|\n");
		for (Target target : this.targets) {
			out.append("| ").append(target.name()).append(" | ").append(target.status().text).append(" | ")
				.append(target.evidence()).append(" |\n");
		}
		if (!this.notes.isEmpty()) {
			out.append("\n### Notes\n\n");
			this.notes.forEach((note) -> out.append("- ").append(note).append('\n'));
		}
		return out.toString();
	}

}
