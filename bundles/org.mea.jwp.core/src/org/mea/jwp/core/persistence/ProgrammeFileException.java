package org.mea.jwp.core.persistence;

import org.eclipse.osgi.util.NLS;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A programme file could not be read or written. The message names the file and, for reading,
 * the line and column, in words a user can act on.
 */
public class ProgrammeFileException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final int line;
	private final int column;

	public ProgrammeFileException(Path file, int line, int column, String reason, Throwable cause) {
		super(format(file, line, column, reason), cause);
		this.file = file;
		this.line = line;
		this.column = column;
	}

	private static String format(Path file, int line, int column, String reason) {
		String where = file == null ? "" : file.toString(); //$NON-NLS-1$
		if (line > 0) {
			where += (where.isEmpty() ? "" : ", ") //$NON-NLS-1$ //$NON-NLS-2$
					+ (column > 0 ? NLS.bind(Messages.ProgrammeFileException_lineColumn, line, column)
							: NLS.bind(Messages.ProgrammeFileException_line, line));
		}
		return where.isEmpty() ? reason : where + ": " + reason; //$NON-NLS-1$
	}

	/** The file concerned, or {@code null} for a stream. */
	public Path getFile() {
		return file;
	}

	/** 1-based line of the problem, or 0 when unknown. */
	public int getLine() {
		return line;
	}

	/** 1-based column of the problem, or 0 when unknown. */
	public int getColumn() {
		return column;
	}
}
