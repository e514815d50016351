package org.mea.jwp.core.exchange;

import org.eclipse.osgi.util.NLS;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.mea.jwp.core.exchange.spi.ImportPlan;
import org.mea.jwp.core.exchange.spi.ImportProblem;

/**
 * A contributed importer's plan as handed to callers: its problems and summary are read once,
 * while the importer is still being watched, and making its command cannot throw into the
 * caller (a failing command switches the importer off and cannot execute).
 */
final class GuardedPlan implements ImportPlan {

	private final ImportPlan delegate;
	private final Contribution contribution;
	private final List<ImportProblem> problems;
	private final boolean canImport;
	private final String summary;

	private GuardedPlan(ImportPlan delegate, Contribution contribution) {
		this.delegate = delegate;
		this.contribution = contribution;
		this.problems = List.copyOf(delegate.problems());
		this.canImport = delegate.canImport();
		this.summary = String.valueOf(delegate.summary());
	}

	/** Wraps the plan; a plan that is missing or throws when read switches the importer off. */
	static GuardedPlan of(ImportPlan plan, Contribution contribution, String sourceName) throws DataFormatException {
		if (plan == null) {
			throw contribution.fail(NLS.bind(Messages.GuardedPlan_noPlan, sourceName), null);
		}
		try {
			return new GuardedPlan(plan, contribution);
		} catch (RuntimeException | LinkageError e) {
			throw contribution.fail(NLS.bind(Messages.GuardedPlan_planFailed, sourceName, e), e);
		}
	}

	@Override
	public List<ImportProblem> problems() {
		return problems;
	}

	@Override
	public boolean canImport() {
		return canImport;
	}

	@Override
	public String summary() {
		return summary;
	}

	@Override
	public Command command(EditingDomain domain) {
		if (contribution.failure() != null) {
			return UnexecutableCommand.INSTANCE;
		}
		try {
			Command command = delegate.command(domain);
			if (command != null) {
				return command;
			}
			contribution.fail(Messages.GuardedPlan_noCommand, null);
		} catch (RuntimeException | LinkageError e) {
			contribution.fail(NLS.bind(Messages.GuardedPlan_commandFailed, e), e);
		}
		return UnexecutableCommand.INSTANCE;
	}
}
