package org.mea.jwp.core.exchange.spi;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * What an import would do: the problems found in the file, a one-line summary, and the command
 * that applies the good rows. Making a plan changes nothing; rows with an
 * {@link ImportProblem.Severity#ERROR ERROR} are left out of the command, rows with a
 * {@link ImportProblem.Severity#WARNING WARNING} are in it. The caller decides whether to import
 * when there are problems (the workbench asks the user, {@code jwp import} needs
 * {@code --accept-errors}).
 */
public interface ImportPlan {

	/** The problems of the file, in line order; empty when the file is clean. */
	List<ImportProblem> problems();

	/** False when a {@link ImportProblem.Severity#CRITICAL CRITICAL} problem stops the whole import. */
	default boolean canImport() {
		return problems().stream().noneMatch(p -> p.severity() == ImportProblem.Severity.CRITICAL);
	}

	/** What the import changes, e.g. "2 taxa added, 12 updated; 1 row skipped". */
	String summary();

	/**
	 * One command that applies the good rows when executed on the domain's command stack, so that
	 * the import is undone in one step; labelled e.g. "Import species from listing.csv". When
	 * {@link #canImport()} is false, or there is nothing to change, the command cannot execute.
	 * Make the command right after the plan: it applies the differences found when the plan was
	 * made.
	 */
	Command command(EditingDomain domain);
}
