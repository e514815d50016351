package org.mea.jwp.core.merge;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * The conflict list as JSON: what the Git merge driver leaves next to the programme when conflicts
 * remain, so that a person (or the workbench) can see what is to decide without running the merge
 * again. Values are written as the text the Merge Conflicts view shows.
 */
public final class ConflictFile {

	/** Format marker written into every file. */
	public static final String FORMAT = "jwp-merge-conflicts/1"; //$NON-NLS-1$

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

	/** One conflict as written. */
	public record Entry(String kind, String elementId, String element, String feature, String base, String ours,
			String theirs, String description) {
	}

	/** The file's content. */
	public record Content(String format, List<Entry> conflicts) {
	}

	private ConflictFile() {
	}

	static String toJson(List<Conflict> conflicts) {
		List<Entry> entries = new ArrayList<>();
		for (Conflict c : conflicts) {
			entries.add(new Entry(c.getKind().name(), c.getElementId(), c.getElementLabel(), c.getFeature(),
					c.getBase().text(), c.getOurs().text(), c.getTheirs().text(), c.describe()));
		}
		return GSON.toJson(new Content(FORMAT, entries));
	}

	/** Reads a conflict file's content. */
	public static Content parse(String json) {
		return GSON.fromJson(json, Content.class);
	}
}
