package org.mea.jwp.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.mea.jwp.core.persistence.Folders;

import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * {@code jwp new-plugin ID --sdk LOCATION}: a project for a plug-in of one's own, outside JWP
 * Workbench's sources — the plug-in with a validation rule, a data format and a report design to start from, its test
 * fragment, a feature and an update site — built with {@code mvn verify} against the SDK
 * (releng/org.mea.jwp.sdk), whose location goes into the project's {@code jwp-sdk.target}. The
 * project is made in a hidden folder beside its place and moved there when complete, so that a
 * failure leaves nothing behind.
 */
public final class NewPluginCommand {

	/** Lower-case Java identifiers separated by dots, at least two: a package name and a bundle id at once. */
	private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+"); //$NON-NLS-1$
	private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+"); //$NON-NLS-1$
	/** What would break the XML, properties and manifest files the name and vendor go into. */
	private static final Pattern UNSAFE_TEXT = Pattern.compile("[<>&\"\\\\\\r\\n]"); //$NON-NLS-1$

	static final String USAGE_TEXT = """
			Usage: jwp new-plugin ID --sdk LOCATION [--out FOLDER] [--name NAME] [--vendor VENDOR]
			                      [--version X.Y.Z]

			  ID               the plug-in's id and Java package, e.g. org.example.jwp.extras
			  --sdk LOCATION   the JWP Workbench SDK it is built against: the SDK's repository
			                   folder or .zip, or its URL
			  --out FOLDER     where the project's folder, named ID, is made (default: here)
			  --name NAME      the plug-in's name as users see it (default: from the id)
			  --vendor VENDOR  who provides it (default: from the id)
			  --version X.Y.Z  its first version (default 1.0.0)
			Makes a project with the plug-in (a validation rule, a data format and a report design
			to start from), its test fragment, a feature and an update site; `mvn verify` in it
			builds and tests them against the SDK and writes the update site that `jwp install`
			installs.
			Exit codes: 0 made, 2 wrong arguments, 5 the folder exists or cannot be written,
			""" + ExitCodes.INTERNAL_ERROR_TEXT; //$NON-NLS-1$

	private final CommandLine line;

	public NewPluginCommand(PrintStream out, PrintStream err) {
		this.line = new CommandLine("new-plugin", USAGE_TEXT, out, err).operand("the plug-in's ID") //$NON-NLS-1$ //$NON-NLS-2$
				.values("--sdk", "--out", "--name", "--vendor", "--version"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	/** Runs the command; returns the exit code. */
	public int run(List<String> args) {
		return line.run(args, this::execute);
	}

	private int execute(CommandLine.Arguments arguments) {
		String id = arguments.operands().get(0);
		if (!ID.matcher(id).matches()) {
			return line.usage("\"" + id //$NON-NLS-1$
					+ "\" is not a plug-in id: use two or more lower-case words separated by dots, such as org.example.jwp.extras"); //$NON-NLS-1$
		}
		String version = arguments.value("--version") == null ? "1.0.0" : arguments.value("--version"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (!VERSION.matcher(version).matches()) {
			return line.usage("--version \"" + version + "\" is not a version such as 1.0.0"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String[] segments = id.split("\\."); //$NON-NLS-1$
		String last = segments[segments.length - 1];
		String name = arguments.value("--name") != null ? arguments.value("--name") //$NON-NLS-1$ //$NON-NLS-2$
				: last.substring(0, 1).toUpperCase(Locale.ROOT) + last.substring(1).replace('_', ' ');
		String vendor = arguments.value("--vendor") != null ? arguments.value("--vendor") //$NON-NLS-1$ //$NON-NLS-2$
				: segments[1] + "." + segments[0]; //$NON-NLS-1$
		for (String[] text : new String[][] { { "--name", name }, { "--vendor", vendor } }) { //$NON-NLS-1$ //$NON-NLS-2$
			if (UNSAFE_TEXT.matcher(text[1]).find() || text[1].isBlank()) {
				return line.usage(text[0] + " \"" + text[1] + "\" must be one line without < > & \" or \\"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		String sdk = arguments.value("--sdk"); //$NON-NLS-1$
		if (sdk == null) {
			return line.usage("--sdk is missing: the SDK's repository folder, .zip or URL"); //$NON-NLS-1$
		}
		String location = sdkLocation(sdk);
		if (location == null) {
			return ExitCodes.USAGE;
		}
		Path out = arguments.value("--out") == null ? WorkingDirectory.resolve("") : arguments.path("--out"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Path project = out.toAbsolutePath().normalize().resolve(id);
		if (Files.exists(project)) {
			return line.fail(ExitCodes.CANNOT_WRITE, project + " exists already; give another --out or remove it"); //$NON-NLS-1$
		}
		if (!Files.isDirectory(project.getParent())) {
			return line.fail(ExitCodes.CANNOT_WRITE, "cannot make " + project + ": the folder " + project.getParent() //$NON-NLS-1$ //$NON-NLS-2$
					+ " does not exist"); //$NON-NLS-1$
		}
		Map<String, String> tokens = new LinkedHashMap<>();
		tokens.put("id", id); //$NON-NLS-1$
		tokens.put("name", name); //$NON-NLS-1$
		tokens.put("vendor", vendor); //$NON-NLS-1$
		tokens.put("version", version); //$NON-NLS-1$
		tokens.put("alias", last.replace('_', '-') + "-codes"); //$NON-NLS-1$ //$NON-NLS-2$
		tokens.put("jwp.range", workbenchRange()); //$NON-NLS-1$
		tokens.put("jwp.sdk.location", xml(location)); //$NON-NLS-1$
		return make(project, new PluginTemplate(tokens), id, version, location);
	}

	private int make(Path project, PluginTemplate template, String id, String version, String location) {
		Path partial = null;
		try {
			// hidden, and of this run only (another jwp new-plugin beside it has its own)
			partial = Files.createTempDirectory(project.getParent(), "." + id + "."); //$NON-NLS-1$ //$NON-NLS-2$
			int files = template.writeTo(partial).size();
			Files.move(partial, project);
			line.done("made " + project + " (" + files + " files): the plug-in " + id + " " + version //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					+ ", its tests, feature and update site, built against " + location); //$NON-NLS-1$
			line.done("next: cd " + project + " && mvn verify"); //$NON-NLS-1$ //$NON-NLS-2$
			return ExitCodes.OK;
		} catch (IOException e) {
			try {
				if (partial != null) {
					Folders.deleteTree(partial);
				}
			} catch (IOException left) {
				line.warn("could not remove " + partial + ": " + left.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return line.fail(ExitCodes.CANNOT_WRITE, "cannot make " + project + ": " + Commands.describe(e)); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * The SDK's repository as the URL a .target names (escaped for XML when it is written there): a folder ({@code file:}), a .zip
	 * ({@code jar:file:...!/}) or a URL as given; {@code null} (and said why) when it is none.
	 */
	private String sdkLocation(String sdk) {
		if (sdk.matches("(?i)(https?|file|jar):.*")) { //$NON-NLS-1$
			return sdk;
		}
		Path path = WorkingDirectory.resolve(sdk).toAbsolutePath().normalize();
		if (Files.isDirectory(path)) {
			boolean repository = Stream.of("content.jar", "content.xml", "content.xml.xz", "compositeContent.jar", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					"compositeContent.xml").anyMatch(name -> Files.isRegularFile(path.resolve(name))); //$NON-NLS-1$
			if (!repository) {
				line.usage("--sdk " + sdk + " is a folder without a p2 repository (no content.jar or content.xml)"); //$NON-NLS-1$ //$NON-NLS-2$
				return null;
			}
			return path.toUri().toString();
		}
		if (Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) { //$NON-NLS-1$
			return "jar:" + path.toUri() + "!/"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		line.usage("--sdk " + sdk + ": no such folder or .zip, and not a URL"); //$NON-NLS-1$ //$NON-NLS-2$
		return null;
	}

	/** The versions of JWP Workbench's bundles a plug-in made now works with: this minor version. */
	private static String workbenchRange() {
		Version running = FrameworkUtil.getBundle(NewPluginCommand.class).getVersion();
		return "[" + running.getMajor() + "." + running.getMinor() + ".0," + running.getMajor() + "." //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ (running.getMinor() + 1) + ".0)"; //$NON-NLS-1$
	}

	private static String xml(String text) {
		return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}

}
