package org.mea.jwp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What README.md, CONTRIBUTING.md and docs/*.md tell a reader to type exists as shown: every command line starting
 * with {@code jwp} or {@code ./jwp} (in a fenced block, after a {@code $ } prompt, continued with
 * {@code \}, or in inline code) names a verb that the product's {@link Commands} or the checkout's
 * {@code ./jwp} script knows, and every option it shows is one that verb's help names. And every
 * relative link of those pages leads to a file that exists.
 * <p>
 * A line such as {@code jwp diff: unexpected failure ...} (the verb followed by a colon) is what a
 * command prints, not a command, and is not checked.
 */
class DocumentedCommandsTest {

	/** The start of a command line: environment assignments, then {@code jwp} or {@code ./jwp}. */
	private static final Pattern COMMAND = Pattern
			.compile("^(?:[A-Za-z_][A-Za-z0-9_]*=\\S*\\s+)*(?:\\./)?jwp(?:\\s.*)?$"); //$NON-NLS-1$

	/** Inline code: one pair of backticks, within a paragraph. */
	private static final Pattern INLINE_CODE = Pattern.compile("(?<!`)`([^`]+)`(?!`)"); //$NON-NLS-1$

	/** An option token, stripped of the brackets of a usage line and of its {@code =value}. */
	private static final Pattern OPTION = Pattern.compile("^[\\[(]*(--?[A-Za-z][A-Za-z0-9-]*)"); //$NON-NLS-1$

	/** A Markdown link or picture: {@code ](target)}. */
	private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)"); //$NON-NLS-1$

	private final Path root = repositoryRoot();
	private final Map<String, String> helpOfCommand = new HashMap<>();
	private String scriptHelp;
	private String installUsage;

	/** A command line as a page shows it. */
	private record Shown(Path page, int line, String text) {
		String where(Path root) {
			return root.relativize(page) + ":" + line + ": `" + text + "`"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	@Test
	void everyCommandShownExistsWithItsOptions() throws IOException, InterruptedException {
		List<Shown> shown = new ArrayList<>();
		for (Path page : pages()) {
			List<Shown> onPage = new ArrayList<>(commandsIn(page));
			onPage.sort(Comparator.comparingInt(Shown::line));
			shown.addAll(onPage);
		}
		assertTrue(shown.size() > 20, "commands found in README.md and docs/: " + shown.size()); //$NON-NLS-1$
		List<String> failures = new ArrayList<>();
		for (Shown command : shown) {
			String problem = check(command.text());
			if (problem != null) {
				failures.add(command.where(root) + ": " + problem); //$NON-NLS-1$
			}
		}
		assertTrue(failures.isEmpty(), failures.size() + " command(s) shown that do not exist as shown:\n" //$NON-NLS-1$
				+ String.join("\n", failures)); //$NON-NLS-1$
	}

	@Test
	void whatTheCheckRefusesAndAccepts() throws IOException, InterruptedException {
		assertEquals(null, check("./jwp report --default --design progress --format pdf --out x.pdf # a comment")); //$NON-NLS-1$
		assertEquals(null, check("JWP_VMARGS=-Xmx4g jwp diff --default --from x --current > out.txt")); //$NON-NLS-1$
		assertEquals(null, check("./jwp -nl fr")); //$NON-NLS-1$
		assertEquals(null, check("./jwp -- -clearPersistedState")); //$NON-NLS-1$
		assertEquals(null, check("jwp install --repository site.zip --list")); //$NON-NLS-1$
		assertEquals(null, check("jwp diff: unexpected failure")); //$NON-NLS-1$
		assertTrue(String.valueOf(check("./jwp report --default --colour red")) //$NON-NLS-1$
				.startsWith("--colour is not an option of jwp report")); //$NON-NLS-1$
		assertTrue(String.valueOf(check("./jwp --fast")).startsWith("--fast is not an option of ./jwp start")); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(String.valueOf(check("jwp install --everything")) //$NON-NLS-1$
				.startsWith("--everything is not an option of jwp install")); //$NON-NLS-1$
		assertTrue(String.valueOf(check("jwp frobnicate --now")).startsWith("jwp frobnicate is neither")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void commandsAreFoundWherePagesShowThem(@TempDir Path dir) throws IOException {
		Path page = Files.writeString(dir.resolve("page.md"), String.join("\n", //$NON-NLS-1$ //$NON-NLS-2$
				"Run `jwp report --list` or", //$NON-NLS-1$
				"`./jwp export", //$NON-NLS-1$
				"--list` first.", //$NON-NLS-1$
				"```sh", //$NON-NLS-1$
				"$ ./jwp diff --default \\", //$NON-NLS-1$
				"    --from cycle-sc62", //$NON-NLS-1$
				"git log", //$NON-NLS-1$
				"```", //$NON-NLS-1$
				"Not `jwp.jwp` nor `jwp-fr.xlf`."), StandardCharsets.UTF_8); //$NON-NLS-1$
		List<Shown> shown = commandsIn(page);
		List<String> found = shown.stream().map(s -> s.line() + " " + s.text()).sorted().toList(); //$NON-NLS-1$
		assertEquals(
				List.of("1 jwp report --list", "2 ./jwp export --list", "5 ./jwp diff --default --from cycle-sc62"), //$NON-NLS-1$//$NON-NLS-2$//$NON-NLS-3$
				found);
	}

	/**
	 * docs/command-line.md shows, under each "## jwp VERB" heading, the verb's usage as {@code --help}
	 * prints it (the first {@code text} block of the section): the page must not drift from the code.
	 */
	@Test
	void theUsageOnTheCommandLinePageIsWhatHelpPrints() throws IOException {
		List<String> lines = Files.readAllLines(root.resolve("docs/command-line.md"), StandardCharsets.UTF_8); //$NON-NLS-1$
		List<String> failures = new ArrayList<>();
		int checked = 0;
		for (int i = 0; i < lines.size(); i++) {
			Matcher heading = Pattern.compile("^## jwp ([a-z-]+)$").matcher(lines.get(i)); //$NON-NLS-1$
			if (!heading.matches()) {
				continue;
			}
			String verb = heading.group(1);
			int start = i + 1;
			while (start < lines.size() && !lines.get(start).startsWith("## ") && !lines.get(start).equals("```text")) { //$NON-NLS-1$ //$NON-NLS-2$
				start++;
			}
			if (start >= lines.size() || !lines.get(start).equals("```text")) { //$NON-NLS-1$
				failures.add("docs/command-line.md:" + (i + 1) + ": no usage (a text block) under ## jwp " + verb); //$NON-NLS-1$ //$NON-NLS-2$
				continue;
			}
			int end = start + 1;
			while (end < lines.size() && !lines.get(end).equals("```")) { //$NON-NLS-1$
				end++;
			}
			String shown = String.join("\n", lines.subList(start + 1, end)).strip(); //$NON-NLS-1$
			String help = verb.equals("install") ? installUsage() : helpOfCommand(verb); //$NON-NLS-1$
			if (help == null) {
				failures.add("docs/command-line.md:" + (i + 1) + ": jwp " + verb + " is not a command"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			} else if (!shown.equals(help.strip())) {
				failures.add("docs/command-line.md:" + (start + 2) + ": the usage of jwp " + verb //$NON-NLS-1$ //$NON-NLS-2$
						+ " differs from what it prints; it prints:\n" + help.strip()); //$NON-NLS-1$
			}
			checked++;
		}
		assertTrue(checked >= 10, "usages found on docs/command-line.md: " + checked); //$NON-NLS-1$
		assertTrue(failures.isEmpty(), String.join("\n\n", failures)); //$NON-NLS-1$
	}

	@Test
	void everyRelativeLinkLeadsToAFile() throws IOException {
		List<String> failures = new ArrayList<>();
		for (Path page : pages()) {
			List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
			for (int i = 0; i < lines.size(); i++) {
				Matcher link = LINK.matcher(lines.get(i));
				while (link.find()) {
					String target = link.group(1);
					if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || target.startsWith("#")) { //$NON-NLS-1$ //$NON-NLS-2$
						continue; // a URL, or a heading of the same page
					}
					String file = target.replaceFirst("#.*$", ""); //$NON-NLS-1$ //$NON-NLS-2$
					if (!Files.exists(page.getParent().resolve(file).normalize())) {
						failures.add(root.relativize(page) + ":" + (i + 1) + ": " + target + " does not exist"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					}
				}
			}
		}
		assertTrue(failures.isEmpty(), String.join("\n", failures)); //$NON-NLS-1$
	}

	/** Why {@code text} is not a command as shown, or {@code null} when it is. */
	private String check(String text) throws IOException, InterruptedException {
		List<String> tokens = new ArrayList<>(List.of(text.strip().split("\\s+"))); //$NON-NLS-1$
		while (!tokens.get(0).matches("(\\./)?jwp")) { //$NON-NLS-1$
			tokens.remove(0); // VAR=value before the command
		}
		tokens.remove(0);
		tokens = upToShellSyntax(tokens);
		if (tokens.isEmpty() || tokens.get(0).startsWith("-")) { //$NON-NLS-1$
			return scriptOptions(tokens, "start"); //$NON-NLS-1$
		}
		String verb = tokens.get(0);
		if (verb.endsWith(":")) { //$NON-NLS-1$
			return null; // "jwp diff: ...": what a command prints
		}
		List<String> arguments = tokens.subList(1, tokens.size());
		String help = helpOfCommand(verb);
		if (help != null) {
			for (String option : options(arguments, true)) {
				if (!hasWord(help, option)) {
					return option + " is not an option of jwp " + verb + " (jwp " + verb + " --help)"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				}
			}
			return null;
		}
		if (!isScriptVerb(verb)) {
			return "jwp " + verb + " is neither a command of the product (Commands) nor a verb of ./jwp help"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (verb.equals("install")) { //$NON-NLS-1$
			for (String option : options(arguments, false)) {
				if (!hasWord(installUsage(), option)) {
					return option
							+ " is not an option of jwp install (features/org.mea.jwp.app.feature/rootfiles/unix/jwp)"; //$NON-NLS-1$
				}
			}
			return null;
		}
		return scriptOptions(arguments, verb);
	}

	/** The options of a verb of the checkout's script (before a {@code --} that hands the rest to the workbench). */
	private String scriptOptions(List<String> arguments, String verb) throws IOException, InterruptedException {
		for (String option : options(arguments, false)) {
			if (!hasWord(scriptHelp(), option)) {
				return option + " is not an option of ./jwp " + verb + " (./jwp help)"; //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return null;
	}

	/** The tokens before a comment, a pipe, a redirection or a command separator. */
	private static List<String> upToShellSyntax(List<String> tokens) {
		List<String> command = new ArrayList<>();
		for (String token : tokens) {
			if (token.startsWith("#") || token.matches("\\||\\|\\||&&|;|&|[0-9]?>.*|<.*")) { //$NON-NLS-1$ //$NON-NLS-2$
				break;
			}
			command.add(token);
		}
		return command;
	}

	/** The option tokens of {@code arguments}: {@code --long} only, or {@code -short} too; none after a lone {@code --}. */
	private static List<String> options(List<String> arguments, boolean longOnly) {
		List<String> options = new ArrayList<>();
		for (String argument : arguments) {
			if (argument.equals("--")) { //$NON-NLS-1$
				break; // the rest goes to the workbench as it is
			}
			Matcher option = OPTION.matcher(argument);
			if (option.find() && (!longOnly || option.group(1).startsWith("--"))) { //$NON-NLS-1$
				options.add(option.group(1));
			}
		}
		return options;
	}

	private static boolean hasWord(String text, String word) {
		return Pattern.compile("(?<![A-Za-z0-9-])" + Pattern.quote(word) + "(?![A-Za-z0-9-])").matcher(text).find(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A verb the checkout's {@code ./jwp help} lists: {@code ./jwp VERB}, {@code ./jwp [VERB]}, or a line that starts with it. */
	private boolean isScriptVerb(String verb) throws IOException, InterruptedException {
		String quoted = Pattern.quote(verb);
		return Pattern
				.compile("(\\./jwp \\[?" + quoted + "\\]?(?![A-Za-z0-9-]))|(?m)^\\s+" + quoted + "(?![A-Za-z0-9-])") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.matcher(scriptHelp()).find();
	}

	/** What {@code jwp VERB --help} prints, after checking it exits with 0; {@code null} for a verb {@link Commands} does not know. */
	private String helpOfCommand(String verb) {
		if (helpOfCommand.containsKey(verb)) {
			return helpOfCommand.get(verb);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
		PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
		Command command = Commands.named(verb, stdout, stderr, CommandRun.TODAY);
		String help = null;
		if (command != null) {
			int exit = Commands.run(verb, command, List.of("--help"), stderr); //$NON-NLS-1$
			assertEquals(0, exit, "jwp " + verb + " --help: " + err.toString(StandardCharsets.UTF_8)); //$NON-NLS-1$ //$NON-NLS-2$
			help = out.toString(StandardCharsets.UTF_8);
			assertFalse(help.isBlank(), "jwp " + verb + " --help printed nothing"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		helpOfCommand.put(verb, help);
		return help;
	}

	/** What {@code sh ./jwp help} prints in the repository (the usage, without building anything). */
	private String scriptHelp() throws IOException, InterruptedException {
		if (scriptHelp == null) {
			Process process = new ProcessBuilder("sh", root.resolve("jwp").toString(), "help") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.directory(root.toFile()).redirectErrorStream(true).start();
			process.getOutputStream().close();
			byte[] output;
			try (InputStream in = process.getInputStream()) {
				output = in.readAllBytes();
			}
			assertTrue(process.waitFor(60, TimeUnit.SECONDS), "./jwp help did not end"); //$NON-NLS-1$
			scriptHelp = new String(output, StandardCharsets.UTF_8);
			assertEquals(0, process.exitValue(), "./jwp help: " + scriptHelp); //$NON-NLS-1$
		}
		return scriptHelp;
	}

	/** The usage that the product's start script prints for {@code jwp install --help} (its here-document). */
	private String installUsage() throws IOException {
		if (installUsage == null) {
			List<String> lines = Files.readAllLines(
					root.resolve("features/org.mea.jwp.app.feature/rootfiles/unix/jwp"), StandardCharsets.UTF_8); //$NON-NLS-1$
			StringBuilder usage = new StringBuilder();
			boolean inside = false;
			for (String line : lines) {
				if (inside && line.strip().equals("USAGE")) { //$NON-NLS-1$
					break;
				}
				if (inside) {
					usage.append(line).append('\n');
				}
				inside |= line.contains("<<USAGE"); //$NON-NLS-1$
			}
			installUsage = usage.toString();
			assertTrue(installUsage.contains("jwp install"), "no usage of jwp install in the start script"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return installUsage;
	}

	/** The command lines {@code page} shows: in fenced blocks (prompts and continuations taken care of) and in inline code. */
	static List<Shown> commandsIn(Path page) throws IOException {
		List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
		List<Shown> shown = new ArrayList<>();
		StringBuilder prose = new StringBuilder(); // the page without its fenced blocks, line numbers kept
		boolean fenced = false;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) { //$NON-NLS-1$ //$NON-NLS-2$
				fenced = !fenced;
				prose.append('\n');
				continue;
			}
			if (!fenced) {
				prose.append(line).append('\n');
				continue;
			}
			prose.append('\n');
			int first = i;
			StringBuilder command = new StringBuilder();
			while (line.stripTrailing().endsWith("\\") && i + 1 < lines.size()) { //$NON-NLS-1$
				String part = line.stripTrailing();
				command.append(part, 0, part.length() - 1).append(' ');
				line = lines.get(++i);
				prose.append('\n');
			}
			command.append(line);
			addIfCommand(shown, page, first + 1, command.toString());
		}
		Matcher code = INLINE_CODE.matcher(prose);
		while (code.find()) {
			String text = code.group(1);
			if (text.matches("(?s).*\\n\\s*\\n.*")) { //$NON-NLS-1$
				continue; // across paragraphs: not a code span
			}
			int line = 1 + (int) prose.substring(0, code.start()).chars().filter(c -> c == '\n').count();
			addIfCommand(shown, page, line, text.replaceAll("\\s*\\n\\s*", " ")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return shown;
	}

	private static void addIfCommand(List<Shown> shown, Path page, int line, String text) {
		String command = text.strip().replaceFirst("^\\$\\s+", "").replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		if (COMMAND.matcher(command).matches()) {
			shown.add(new Shown(page, line, command));
		}
	}

	/** README.md, CONTRIBUTING.md and docs/*.md. */
	private List<Path> pages() throws IOException {
		List<Path> pages = new ArrayList<>();
		pages.add(root.resolve("README.md")); //$NON-NLS-1$
		pages.add(root.resolve("CONTRIBUTING.md")); //$NON-NLS-1$
		try (Stream<Path> docs = Files.list(root.resolve("docs"))) { //$NON-NLS-1$
			docs.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(pages::add); //$NON-NLS-1$
		}
		return pages;
	}

	/** The checkout: the first folder above the working directory (the test module's) with README.md, docs/ and jwp. */
	private static Path repositoryRoot() {
		Path folder = Path.of(System.getProperty("user.dir")).toAbsolutePath(); //$NON-NLS-1$
		for (Path candidate = folder; candidate != null; candidate = candidate.getParent()) {
			if (Files.isRegularFile(candidate.resolve("README.md")) && Files.isDirectory(candidate.resolve("docs")) //$NON-NLS-1$ //$NON-NLS-2$
					&& Files.isRegularFile(candidate.resolve("jwp"))) { //$NON-NLS-1$
				return candidate;
			}
		}
		throw new IllegalStateException("no checkout (README.md, docs/, jwp) above " + folder); //$NON-NLS-1$
	}
}
