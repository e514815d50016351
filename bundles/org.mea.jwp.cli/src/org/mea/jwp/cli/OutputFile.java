package org.mea.jwp.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import org.mea.jwp.core.persistence.SiblingFiles;

/**
 * The file a command writes ({@code report}, {@code export}, {@code translate --export}): complete or not at all (written next to
 * it and moved into place, see {@link SiblingFiles}), and every failure one line with its exit code,
 * so that the commands that write files say the same things about them.
 */
final class OutputFile {

	private OutputFile() {
	}

	/**
	 * Writes {@code content} to {@code output}; says {@code wrote} on success. A failure of the
	 * content's own (the report, the exporter) gives {@code failedCode}; a folder or disk that
	 * cannot take the file gives {@link ExitCodes#CANNOT_WRITE}.
	 */
	static <E extends Exception> int write(CommandLine line, Path output, SiblingFiles.Content<E> content,
			int failedCode,
			String wrote) {
		return write(line, output, content, failedCode, () -> wrote);
	}

	/** As {@link #write(CommandLine, Path, SiblingFiles.Content, int, String)}, for a message that only the writing knows (a count). */
	static <E extends Exception> int write(CommandLine line, Path output, SiblingFiles.Content<E> content,
			int failedCode,
			Supplier<String> wrote) {
		return write(line, output, content, failure -> failedCode, wrote);
	}

	/**
	 * As {@link #write(CommandLine, Path, SiblingFiles.Content, int, String)}, for content whose
	 * failures mean different things: {@code failedCode} gives the exit code of each.
	 */
	static <E extends Exception> int write(CommandLine line, Path output, SiblingFiles.Content<E> content,
			ToIntFunction<Exception> failedCode, Supplier<String> wrote) {
		Path folder = output.getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			return line.fail(ExitCodes.CANNOT_WRITE, "cannot write " + output + ": the folder does not exist"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		try {
			SiblingFiles.replace(output, content);
		} catch (IOException e) {
			return line.fail(ExitCodes.CANNOT_WRITE, "cannot write " + output + ": " + e.getMessage() //$NON-NLS-1$ //$NON-NLS-2$
					+ "; the previous file, if any, is unchanged"); //$NON-NLS-1$
		} catch (RuntimeException e) {
			throw e; // a bug: Commands.run reports it as one
		} catch (Exception e) {
			// E, the content's own failure; BIRT's messages run over several lines ("See next exception…", the cause)
			String reason = Commands.describe(e).replaceFirst("^\\w+: ", ""); //$NON-NLS-1$ //$NON-NLS-2$
			int code = failedCode.applyAsInt(e);
			if (code == ExitCodes.CANNOT_WRITE) {
				// a writer that reports a full disk as its own exception (XMLStreamWriter): still about the file
				return line.fail(code, "cannot write " + output + ": " + reason //$NON-NLS-1$ //$NON-NLS-2$
						+ "; the previous file, if any, is unchanged"); //$NON-NLS-1$
			}
			return line.fail(code, reason);
		}
		line.done(wrote.get());
		return ExitCodes.OK;
	}
}
