package org.mea.jwp.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.mea.jwp.team.ElementHistory;
import org.mea.jwp.team.HistoryEntry;
import org.mea.jwp.team.ProgrammeRepository;
import org.mea.jwp.team.TeamException;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code jwp log}: who changed what in a programme kept in Git, and when — every element, or one —
 * newest first, as text for people or JSON for scripts. Reads the commits only: changes not yet
 * committed are not in it.
 */
public final class LogCommand {

	/** Exit code when the file is not in a Git repository or its history cannot be read; the others are {@link ExitCodes}. */
	public static final int NOT_SHARED = 4;

	/** Formats of the output. */
	enum Format {
		TEXT, JSON
	}

	static final String USAGE_TEXT = """
			Usage: jwp log --model FILE [--element ID] [--format text|json]

			  --model FILE   the programme (.jwp), in a Git repository
			  --element ID   only the changes of this element (an activity, a theme...)
			  --format F     text (default): one line per change, newest first; or json
			Exit codes: 0 done, 2 wrong arguments, 3 model missing, 4 the file is not in a Git
			repository or its history cannot be read,
			""" + ExitCodes.INTERNAL_ERROR_TEXT; //$NON-NLS-1$

	private static final int SHORT_ID = 8;

	private final PrintStream out;
	private final CommandLine line;

	public LogCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.line = new CommandLine("log", USAGE_TEXT, out, err).values("--model", "--element", "--format"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** Runs the command; returns the exit code. */
	public int run(List<String> args) {
		return line.run(args, this::execute);
	}

	private int execute(CommandLine.Arguments arguments) {
		Format format = line.choice(arguments, "--format", Format.TEXT); //$NON-NLS-1$
		if (format == null) {
			return ExitCodes.USAGE;
		}
		Path model = arguments.path("--model"); //$NON-NLS-1$
		String element = arguments.value("--element"); //$NON-NLS-1$
		if (model == null) {
			return line.usage("--model is missing"); //$NON-NLS-1$
		}
		if (!Files.isRegularFile(model)) {
			return line.fail(ExitCodes.BAD_MODEL, model + (Files.exists(model) ? ": is not a file" : ": no such file")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		List<HistoryEntry> entries;
		try (ProgrammeRepository repository = ProgrammeRepository.open(model)) {
			ElementHistory history = new ElementHistory(repository, model);
			entries = element == null ? history.programme(new NullProgressMonitor())
					: history.element(element, new NullProgressMonitor());
		} catch (TeamException e) {
			return line.fail(NOT_SHARED, e.getMessage());
		}
		if (format == Format.JSON) {
			json(model, element, entries);
		} else {
			text(model, element, entries);
		}
		out.flush();
		return ExitCodes.OK;
	}

	private void text(Path model, String element, List<HistoryEntry> entries) {
		if (entries.isEmpty()) {
			out.println("No commit changes " + (element == null ? model.getFileName() : element) + '.'); //$NON-NLS-1$
		}
		for (HistoryEntry entry : entries) {
			out.println(entry.commitId().substring(0, SHORT_ID) + ' ' + entry);
		}
	}

	private void json(Path model, String element, List<HistoryEntry> entries) {
		JsonObject root = new JsonObject();
		root.addProperty("programme", model.toString()); //$NON-NLS-1$
		root.addProperty("element", element); //$NON-NLS-1$
		JsonArray array = new JsonArray();
		for (HistoryEntry entry : entries) {
			JsonObject json = new JsonObject();
			json.addProperty("commit", entry.commitId()); //$NON-NLS-1$
			json.addProperty("date", entry.date().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)); //$NON-NLS-1$
			json.addProperty("author", entry.author()); //$NON-NLS-1$
			json.addProperty("email", entry.authorEmail()); //$NON-NLS-1$
			json.addProperty("message", entry.summary()); //$NON-NLS-1$
			json.addProperty("kind", entry.kind().name().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
			json.addProperty("element", entry.elementId()); //$NON-NLS-1$
			json.addProperty("label", entry.label()); //$NON-NLS-1$
			json.addProperty("feature", entry.feature()); //$NON-NLS-1$
			json.addProperty("old", entry.oldValue()); //$NON-NLS-1$
			json.addProperty("new", entry.newValue()); //$NON-NLS-1$
			array.add(json);
		}
		root.add("entries", array); //$NON-NLS-1$
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root, writer);
		try {
			writer.write('\n');
			writer.flush();
		} catch (IOException e) {
			line.warn("cannot write the history: " + e.getMessage()); //$NON-NLS-1$
		}
	}
}
