package org.mea.jwp.core.internal.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.mea.jwp.core.exchange.spi.ImportProblem;
import org.mea.jwp.core.exchange.spi.ImportProblem.Severity;

/** The problems found while planning an import, and which lines they reject. */
final class ProblemLog {

	private final List<ImportProblem> problems = new ArrayList<>();
	private final Set<Integer> rejectedLines = new HashSet<>();

	/** Nothing can be imported; {@code line} 0 for the whole file. */
	void critical(int line, String message) {
		problems.add(new ImportProblem(line, Severity.CRITICAL, message));
	}

	/** The row on {@code line} is skipped. */
	void error(int line, String message) {
		problems.add(new ImportProblem(line, Severity.ERROR, message));
		rejectedLines.add(line);
	}

	/** The row on {@code line} is imported anyway. */
	void warning(int line, String message) {
		problems.add(new ImportProblem(line, Severity.WARNING, message));
	}

	boolean isRejected(int line) {
		return rejectedLines.contains(line);
	}

	/** Number of rows skipped because of errors. */
	int rejectedCount() {
		return rejectedLines.size();
	}

	boolean hasCritical() {
		return problems.stream().anyMatch(p -> p.severity() == Severity.CRITICAL);
	}

	/** The problems by line; those of one line in the order found. */
	List<ImportProblem> problems() {
		return problems.stream().sorted(Comparator.comparingInt(ImportProblem::line)).toList();
	}
}
