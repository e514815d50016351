package org.mea.jwp.core.internal.exchange;

import org.eclipse.osgi.util.NLS;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.mea.jwp.core.exchange.spi.ImportPlan;
import org.mea.jwp.core.exchange.spi.ImportProblem;

/**
 * The plan of the built-in importers: problems, a summary, and the changes as EMF.Edit commands
 * gathered into one {@link CompoundCommand}, so that the import is one step on the command stack.
 */
final class PlannedImport implements ImportPlan {

	private final List<ImportProblem> problems;
	private final String summary;
	private final String label;
	private final Function<EditingDomain, List<Command>> changes;

	PlannedImport(ProblemLog log, String summary, String label, Function<EditingDomain, List<Command>> changes) {
		this.problems = log.problems();
		this.summary = summary;
		this.label = label;
		this.changes = changes;
	}

	/** A plan that imports nothing because of a CRITICAL problem in {@code log}. */
	static PlannedImport refused(ProblemLog log, String label) {
		String first = log.problems().stream().filter(p -> p.severity() == ImportProblem.Severity.CRITICAL)
				.map(ImportProblem::message).findFirst().orElse(Messages.PlannedImport_unreadable);
		return new PlannedImport(log, NLS.bind(Messages.PlannedImport_nothing, first), label, domain -> List.of());
	}

	@Override
	public List<ImportProblem> problems() {
		return problems;
	}

	@Override
	public String summary() {
		return summary;
	}

	@Override
	public Command command(EditingDomain domain) {
		if (!canImport()) {
			return UnexecutableCommand.INSTANCE;
		}
		CompoundCommand command = new CompoundCommand(label, summary);
		changes.apply(domain).forEach(command::append);
		return command;
	}

	/**
	 * "2 taxa added, 12 updated, 3 unchanged; 1 row skipped": unchanged and skipped only when there
	 * are any.
	 */
	static String summary(int added, int updated, int unchanged, int skipped, boolean taxa) {
		String addedText = taxa ? (added == 1 ? Messages.PlannedImport_taxonAdded : Messages.PlannedImport_taxaAdded)
				: (added == 1 ? Messages.PlannedImport_activityAdded : Messages.PlannedImport_activitiesAdded);
		StringBuilder text = new StringBuilder(NLS.bind(addedText, added))
				.append(NLS.bind(
						taxa ? (updated == 1 ? Messages.PlannedImport_taxonUpdated : Messages.PlannedImport_taxaUpdated)
								: (updated == 1 ? Messages.PlannedImport_activityUpdated
										: Messages.PlannedImport_activitiesUpdated),
						updated));
		if (unchanged > 0) {
			text.append(NLS.bind(taxa
					? (unchanged == 1 ? Messages.PlannedImport_taxonUnchanged : Messages.PlannedImport_taxaUnchanged)
					: (unchanged == 1 ? Messages.PlannedImport_activityUnchanged
							: Messages.PlannedImport_activitiesUnchanged),
					unchanged));
		}
		if (skipped > 0) {
			text.append(NLS.bind(skipped == 1 ? Messages.PlannedImport_rowSkipped : Messages.PlannedImport_rowsSkipped,
					skipped));
		}
		return text.toString();
	}
}
