package org.mea.jwp.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.stream.XMLStreamException;

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

	/** Exit codes. */
	public static final int OK = 0;
	public static final int SOME_UNITS_REFUSED = 1;
	public static final int USAGE = 2;
	public static final int BAD_MODEL = 3;
	public static final int BAD_FILE = 4;
	public static final int CANNOT_WRITE = 5;

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
			""" + Commands.INTERNAL_ERROR_TEXT; //$NON-NLS-1$

	private final PrintStream out;
	private final PrintStream err;

	public TranslateCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** Runs the command; returns the exit code. */
	public int run(List<String> args) {
		ModelArgument model = new ModelArgument();
		String language = null;
		Path output = null;
		Path input = null;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
			case "--help", "-h" -> { //$NON-NLS-1$ //$NON-NLS-2$
				out.print(USAGE_TEXT);
				return OK;
			}
			case "--default" -> model.useDefault(); //$NON-NLS-1$
			case "--model", "--export", "--out", "--import" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				if (i + 1 >= args.size()) {
					return usage(arg + " needs a value"); //$NON-NLS-1$
				}
				String value = args.get(++i);
				switch (arg) {
				case "--model" -> model.model(value); //$NON-NLS-1$
				case "--export" -> language = value.strip(); //$NON-NLS-1$
				case "--out" -> output = Path.of(value); //$NON-NLS-1$
				default -> input = Path.of(value);
				}
			}
			default -> {
				return usage("unknown argument \"" + arg + "\""); //$NON-NLS-1$ //$NON-NLS-2$
			}
			}
		}
		if (model.problem() != null) {
			return usage(model.problem());
		}
		if ((language == null) == (input == null)) {
			return usage("give either --export LANGUAGE or --import FILE.xlf"); //$NON-NLS-1$
		}
		return language != null ? export(model, language, output) : importFile(model, input);
	}

	private int export(ModelArgument model, String language, Path output) {
		if (!Translations.LANGUAGES.contains(language)) {
			return usage("--export \"" + language + "\": the languages are " + String.join(", ", Translations.LANGUAGES)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		if (output == null) {
			return usage("--out is missing"); //$NON-NLS-1$
		}
		String sameFile = SameFile.problem(output, "--out", model.file(), "--model"); //$NON-NLS-1$ //$NON-NLS-2$
		if (sameFile != null) {
			return usage(sameFile);
		}
		Resource resource = model.load("translate", err); //$NON-NLS-1$
		if (resource == null) {
			return BAD_MODEL;
		}
		Programme programme = ProgrammeStore.programme(resource);
		try (OutputStream file = Files.newOutputStream(output)) {
			int units = Xliff.write(programme, language, file);
			out.println("jwp translate: wrote " + output.toAbsolutePath() + " (" + units + " texts to translate into " + language + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			return OK;
		} catch (IOException | XMLStreamException e) {
			err.println("jwp translate: " + output + " cannot be written: " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			return CANNOT_WRITE;
		}
	}

	private int importFile(ModelArgument model, Path input) {
		if (model.file() == null) {
			return usage("--import needs --model FILE: the embedded programme is not changed"); //$NON-NLS-1$
		}
		Resource resource = model.load("translate", err); //$NON-NLS-1$
		if (resource == null) {
			return BAD_MODEL;
		}
		Programme programme = ProgrammeStore.programme(resource);
		Xliff.Reading reading;
		try (InputStream file = Files.newInputStream(input)) {
			reading = Xliff.read(programme, file);
		} catch (IOException e) {
			err.println("jwp translate: " + input + " cannot be read: " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			return BAD_FILE;
		} catch (Xliff.XliffException e) {
			err.println("jwp translate: " + input + ", " + e.getMessage() + "; nothing imported"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return BAD_FILE;
		}
		reading.problems().forEach(problem -> err.println("jwp translate: " + input.getFileName() + ", " + problem)); //$NON-NLS-1$ //$NON-NLS-2$
		if (!reading.units().isEmpty()) {
			AdapterFactoryEditingDomain domain = ProgrammeEditingDomains.create(resource.getResourceSet());
			domain.getCommandStack().execute(reading.command(domain));
			try {
				new ProgrammeStore().save(resource, model.file());
			} catch (ProgrammeFileException e) {
				err.println("jwp translate: " + e.getMessage()); //$NON-NLS-1$
				return CANNOT_WRITE;
			}
		}
		out.println("jwp translate: " + reading.units().size() + " " + reading.language() + " translations imported into " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ model.file() + ", " + reading.problems().size() + " units refused"); //$NON-NLS-1$ //$NON-NLS-2$
		return reading.problems().isEmpty() ? OK : SOME_UNITS_REFUSED;
	}

	private int usage(String problem) {
		err.println("jwp translate: " + problem); //$NON-NLS-1$
		err.print(USAGE_TEXT);
		return USAGE;
	}
}
