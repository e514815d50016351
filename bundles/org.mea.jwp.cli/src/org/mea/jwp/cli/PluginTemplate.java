package org.mea.jwp.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The project {@code jwp new-plugin} makes: the files under {@code templates/plugin/} of this
 * bundle, with each {@code @token@} of {@link #fill} replaced in their text and {@code __id__} /
 * {@code __path__} in their names (the plug-in's id, and its id as folders for the Java package);
 * {@code __dot__} stands for the leading dot of {@code .gitignore}, which the bundle's packaging
 * would leave out.
 * The same {@code jwp-sdk.target} is what releng/org.mea.jwp.sdk publishes beside the SDK.
 * <p>
 * Plain replacement rather than a template engine: none is in the target platform, and the
 * templates are files a reader can open and build as they are apart from their tokens.
 */
final class PluginTemplate {

	private static final String ROOT = "templates/plugin"; //$NON-NLS-1$

	private final Map<String, String> tokens;

	/** @param tokens values by token name, e.g. {@code id} for {@code @id@} */
	PluginTemplate(Map<String, String> tokens) {
		this.tokens = tokens;
	}

	/** Writes the project into {@code folder}, which must exist and be empty; returns the files written. */
	List<Path> writeTo(Path folder) throws IOException {
		List<Path> written = new ArrayList<>();
		for (URL entry : entries()) {
			String relative = entry.getPath().substring(entry.getPath().indexOf(ROOT) + ROOT.length() + 1);
			Path file = folder.resolve(relative.replace("__path__", tokens.get("id").replace('.', '/')) //$NON-NLS-1$ //$NON-NLS-2$
					.replace("__id__", tokens.get("id")).replace("__dot__", ".")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Files.createDirectories(file.getParent());
			try (InputStream in = entry.openStream()) {
				Files.writeString(file, fill(new String(in.readAllBytes(), StandardCharsets.UTF_8)),
						StandardCharsets.UTF_8);
			}
			written.add(file);
		}
		return written;
	}

	/** {@code text} with every known {@code @token@} replaced; Java's own {@code @Override} is not a token. */
	String fill(String text) {
		String filled = text;
		for (Map.Entry<String, String> token : tokens.entrySet()) {
			filled = filled.replace("@" + token.getKey() + "@", token.getValue()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return filled;
	}

	/** The template's files (not its folders), from this bundle. */
	private static List<URL> entries() throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(PluginTemplate.class);
		Enumeration<URL> found = bundle == null ? null : bundle.findEntries(ROOT, "*", true); //$NON-NLS-1$
		if (found == null) {
			throw new IOException("the plug-in template (" + ROOT + ") is missing from " //$NON-NLS-1$ //$NON-NLS-2$
					+ (bundle == null ? "this installation" : bundle.getSymbolicName())); //$NON-NLS-1$
		}
		return Collections.list(found).stream().filter(url -> !url.getPath().endsWith("/")).toList(); //$NON-NLS-1$
	}
}
