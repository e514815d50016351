package org.mea.jwp.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.mea.jwp.core.persistence.ProgrammeFileException;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.core.translation.Translations;
import org.mea.jwp.core.translation.Xliff;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.edit.domain.ProgrammeEditingDomains;

/**
 * {@code jwp translate}: the programme's texts with no up-to-date French or Spanish version out as
 * an XLIFF file for translators ({@code --export fr --out F.xlf}), and the translated file back in
 * ({@code --import F.xlf}, the programme saved in place keeping {@code .bak}); see {@link Xliff}.
 */
public final class TranslateCommand {

	/** Exit code when the translations were imported but some units refused; the others are {@link ExitCodes}. */
	public static final int SOME_UNITS_REFUSED = 1;
	/** Exit code of an XLIFF file that cannot be read (nothing imported). */
	public static final int BAD_FILE = 4;

	static final String USAGE_TEXT = """
			Usage: jwp translate (--model FILE | --default) --export LANGUAGE --out FILE.xlf
			       jwp translate --model FILE --import FILE.xlf

			  --model FILE        the programme (.jwp); --import saves it in place, keeping FILE.bak
			  --default           the embedded CMS-CITES Joint Work Programme 2012-2014 (export only)
			  --export LANGUAGE   fr or es: writes the texts with no up-to-date version in that language
			                      as XLIFF 1.2, one unit per text (ids such as B6#text)
			  --out FILE.xlf      where the export goes
			  --import FILE.xlf   takes the translated units back (the language is the file's target)
			Exit codes: 0 done, 1 imported but some units refused (each named with its line), 2 wrong
			arguments, 3 model missing or invalid, 4 the XLIFF file is not readable (nothing imported),
			5 output not writable,
			""" + ExitCodes.INTERNAL_ERROR_TEXT; //$NON-NLS-1$

	private final CommandLine line;

	public TranslateCommand(PrintStream out, PrintStream err) {
		this.line = new CommandLine("translate", USAGE_TEXT, out, err).flags("--default") //$NON-NLS-1$ //$NON-NLS-2$
				.values("--model", "--export", "--out", "--import"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** Runs the command; returns the exit code. */
	public int run(List<String> args) {
		return line.run(args, this::execute);
	}

	private int execute(CommandLine.Arguments arguments) {
		ModelArgument model = ModelArgument.of(arguments);
		String language = arguments.has("--export") ? arguments.value("--export").strip() : null; //$NON-NLS-1$ //$NON-NLS-2$
		Path input = arguments.path("--import"); //$NON-NLS-1$
		if (model.problem() != null) {
			return line.usage(model.problem());
		}
		if ((language == null) == (input == null)) {
			return line.usage("give either --export LANGUAGE or --import FILE.xlf"); //$NON-NLS-1$
		}
		return language != null ? export(model, language, arguments) : importFile(model, input);
	}

	private int export(ModelArgument model, String language, CommandLine.Arguments arguments) {
		if (!Translations.LANGUAGES.contains(language)) {
			return line.usage(
					"--export \"" + language + "\": the languages are " + String.join(", ", Translations.LANGUAGES)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		Path output = model.output(line, arguments);
		if (output == null) {
			return ExitCodes.USAGE;
		}
		Resource resource = model.load(line);
		if (resource == null) {
			return ExitCodes.BAD_MODEL;
		}
		Programme programme = ProgrammeStore.programme(resource);
		Path target = output.toAbsolutePath();
		int[] units = new int[1];
		return OutputFile.write(line, target, stream -> units[0] = Xliff.write(programme, language, stream),
				ExitCodes.CANNOT_WRITE, () -> "wrote " + target + " (" + units[0] + " texts to translate into " //$NON-NLS-1$ //$NON-NLS-2$
						+ language + ")"); //$NON-NLS-1$
	}

	private int importFile(ModelArgument model, Path input) {
		if (model.file() == null) {
			return line.usage("--import needs --model FILE: the embedded programme is not changed"); //$NON-NLS-1$
		}
		Resource resource = model.load(line);
		if (resource == null) {
			return ExitCodes.BAD_MODEL;
		}
		Programme programme = ProgrammeStore.programme(resource);
		Xliff.Reading reading;
		try (InputStream file = Files.newInputStream(input)) {
			reading = Xliff.read(programme, file);
		} catch (IOException e) {
			return line.fail(BAD_FILE, input + " cannot be read: " + e.getMessage()); //$NON-NLS-1$
		} catch (Xliff.XliffException e) {
			return line.fail(BAD_FILE, input + ", " + e.getMessage() + "; nothing imported"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		reading.problems().forEach(problem -> line.warn(input.getFileName() + ", " + problem)); //$NON-NLS-1$
		if (!reading.units().isEmpty()) {
			AdapterFactoryEditingDomain domain = ProgrammeEditingDomains.create(resource.getResourceSet());
			domain.getCommandStack().execute(reading.command(domain));
			try {
				new ProgrammeStore().save(resource, model.file());
			} catch (ProgrammeFileException e) {
				return line.fail(ExitCodes.CANNOT_WRITE, e.getMessage());
			}
		}
		line.done(reading.units().size() + " " + reading.language() + " translations imported into " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ model.file() + ", " + reading.problems().size() + " units refused"); //$NON-NLS-1$ //$NON-NLS-2$
		return reading.problems().isEmpty() ? ExitCodes.OK : SOME_UNITS_REFUSED;
	}
}
