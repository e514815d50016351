package org.mea.jwp.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether an output a command would write is one of its inputs (the same file under another name, a
 * link, or the very same path): writing it would destroy the input, e.g. {@code --out} equal to
 * {@code --model} would replace the programme by its report, without a backup. Checked before
 * anything is read or written.
 */
final class SameFile {

	private SameFile() {
	}

	/**
	 * The usage problem when {@code output} is the same file as {@code input}, else {@code null};
	 * {@code outOption} and {@code inOption} name the arguments in the message.
	 */
	static String problem(Path output, String outOption, Path input, String inOption) {
		if (output == null || input == null || !same(output, input)) {
			return null;
		}
		return outOption + " " + output + " is the same file as " + inOption + " " + input //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ "; writing it would destroy the input: choose another " + outOption; //$NON-NLS-1$
	}

	private static boolean same(Path a, Path b) {
		if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
			return true;
		}
		try {
			return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
		} catch (IOException unreadable) {
			return false; // reading or writing the file will say what is wrong with it
		}
	}
}
