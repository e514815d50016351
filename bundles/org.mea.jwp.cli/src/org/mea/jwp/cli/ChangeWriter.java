package org.mea.jwp.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.mea.jwp.core.cycles.ActivityChange;
import org.mea.jwp.core.cycles.ChangeKind;
import org.mea.jwp.core.cycles.Comparison;
import org.mea.jwp.core.exchange.CsvWriter;
import org.mea.jwp.model.BaselineEntry;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.Theme;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** Writes a {@link Comparison} as text for people, or as CSV ({@link CsvWriter}) or JSON (Gson) for scripts. */
final class ChangeWriter {

	/** The output formats of {@code jwp diff}. */
	enum Format {
		TEXT, CSV, JSON
	}

	private static final String[] CSV_HEADER = { "code", "activity_id", "theme", "changes", "status_before", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"status_after", "lead_before", "lead_after", "timeframe_before", "timeframe_after", "new_progress_entries", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"latest_progress_date", "latest_progress", "summary" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private final Programme programme;
	private final Comparison comparison;
	private final String earlier;
	private final String later;

	ChangeWriter(Programme programme, Comparison comparison, String earlier, String later) {
		this.programme = programme;
		this.comparison = comparison;
		this.earlier = earlier;
		this.later = later;
	}

	void write(Format format, PrintStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		switch (format) {
		case TEXT -> text(writer);
		case CSV -> csv(writer);
		case JSON -> json(writer);
		}
		writer.flush();
	}

	private void text(Writer out) throws IOException {
		int count = comparison.changes().size();
		out.write("Changes from " + earlier + " to " + later + ": " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ (count == 0 ? "none" : count + (count == 1 ? " activity" : " activities")) + "\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Map<String, Map<ChangeKind, Integer>> countsByTheme = comparison.countsByTheme();
		String theme = null;
		for (ActivityChange change : comparison.changes()) {
			if (theme == null || !theme.equals(Comparison.themeKey(change.theme()))) {
				theme = Comparison.themeKey(change.theme());
				out.write("\n" + theme + "  " + themeName(change.theme()) + "  (" + counts(countsByTheme.get(theme)) //$NON-NLS-1$//$NON-NLS-2$//$NON-NLS-3$
						+ ")\n"); //$NON-NLS-1$
			}
			out.write(String.format("  %-6s %s%n", change.code(), change.summary())); //$NON-NLS-1$
		}
	}

	private String themeName(String letter) {
		return programme.getThemes().stream().filter(t -> Objects.equals(t.getLetter(), letter)).map(Theme::getName)
				.findFirst().orElse(""); //$NON-NLS-1$
	}

	private static String counts(Map<ChangeKind, Integer> counts) {
		return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label()) //$NON-NLS-1$
				.collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	private void csv(Writer out) throws IOException {
		CsvWriter printer = CsvWriter.on(out, CSV_HEADER);
		for (ActivityChange change : comparison.changes()) {
			BaselineEntry before = change.before();
			BaselineEntry after = change.after();
			BaselineEntry latest = change.current();
			printer.row(change.code(), change.activityId(), change.theme(),
					change.kinds().stream().map(ChangeKind::label).collect(Collectors.joining(" ")), //$NON-NLS-1$
					before == null ? "" : before.getStatus(), after == null ? "" : after.getStatus(), //$NON-NLS-1$ //$NON-NLS-2$
					before == null ? "" : before.getLead(), after == null ? "" : after.getLead(), //$NON-NLS-1$ //$NON-NLS-2$
					before == null ? "" : before.getTimeframe(), after == null ? "" : after.getTimeframe(), //$NON-NLS-1$ //$NON-NLS-2$
					change.newProgressEntries(), Objects.toString(latest.getProgressDate(), ""), //$NON-NLS-1$
					Objects.toString(latest.getProgressNarrative(), ""), change.summary()); //$NON-NLS-1$
		}
		printer.flush();
	}

	private void json(Writer out) throws IOException {
		JsonObject root = new JsonObject();
		root.addProperty("from", earlier); //$NON-NLS-1$
		root.addProperty("to", later); //$NON-NLS-1$
		JsonArray changes = new JsonArray();
		for (ActivityChange change : comparison.changes()) {
			JsonObject item = new JsonObject();
			item.addProperty("code", change.code()); //$NON-NLS-1$
			item.addProperty("activityId", change.activityId()); //$NON-NLS-1$
			item.addProperty("theme", change.theme()); //$NON-NLS-1$
			JsonArray kinds = new JsonArray();
			change.kinds().forEach(kind -> kinds.add(kind.label()));
			item.add("changes", kinds); //$NON-NLS-1$
			item.addProperty("summary", change.summary()); //$NON-NLS-1$
			item.addProperty("newProgressEntries", change.newProgressEntries()); //$NON-NLS-1$
			if (change.before() != null) {
				item.add("before", entry(change.before())); //$NON-NLS-1$
			}
			if (change.after() != null) {
				item.add("after", entry(change.after())); //$NON-NLS-1$
			}
			changes.add(item);
		}
		root.add("changes", changes); //$NON-NLS-1$
		new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root, out);
		out.write("\n"); //$NON-NLS-1$
	}

	private static JsonObject entry(BaselineEntry entry) {
		JsonObject json = new JsonObject();
		json.addProperty("status", Objects.toString(entry.getStatus(), null)); //$NON-NLS-1$
		json.addProperty("lead", Objects.toString(entry.getLead(), null)); //$NON-NLS-1$
		json.addProperty("timeframe", entry.getTimeframe()); //$NON-NLS-1$
		json.addProperty("progressEntries", entry.getProgressCount()); //$NON-NLS-1$
		json.addProperty("latestProgressDate", Objects.toString(entry.getProgressDate(), null)); //$NON-NLS-1$
		json.addProperty("latestProgress", entry.getProgressNarrative()); //$NON-NLS-1$
		return json;
	}
}
