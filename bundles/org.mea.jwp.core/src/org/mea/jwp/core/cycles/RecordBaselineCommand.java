package org.mea.jwp.core.cycles;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.emf.common.command.AbstractCommand;
import org.mea.jwp.model.Baseline;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ReportingCycle;

/**
 * "Record baseline for SC65": takes the record of every activity and attaches it to the cycle, as
 * one undoable step. It cannot run on a cycle that already has a baseline: baselines are never
 * replaced. The record is taken when the command is executed, not when it is made, so that it is the
 * programme as the user sees it when choosing the action.
 */
public class RecordBaselineCommand extends AbstractCommand {

	private final ReportingCycle cycle;
	private final LocalDate today;
	private Baseline baseline;

	/** A command recording {@code cycle}'s baseline on {@code today}. */
	public RecordBaselineCommand(ReportingCycle cycle, LocalDate today) {
		super(NLS.bind(Messages.RecordBaselineCommand_label, Cycles.label(cycle)),
				NLS.bind(Messages.RecordBaselineCommand_description, Cycles.label(cycle)));
		this.cycle = cycle;
		this.today = today;
	}

	@Override
	protected boolean prepare() {
		return cycle.getBaseline() == null && cycle.eContainer() instanceof Programme;
	}

	@Override
	public void execute() {
		LocalDate date = Cycles.dateOf(cycle);
		baseline = Baselines.snapshot((Programme) cycle.eContainer(), date == null ? today : date, today);
		cycle.setBaseline(baseline);
	}

	@Override
	public void undo() {
		cycle.setBaseline(null);
	}

	@Override
	public void redo() {
		cycle.setBaseline(baseline);
	}

	/** The baseline recorded, once executed. */
	public Baseline getBaseline() {
		return baseline;
	}

	@Override
	public Collection<?> getResult() {
		return baseline == null ? List.of() : List.of(baseline);
	}

	@Override
	public Collection<?> getAffectedObjects() {
		return baseline == null ? List.of(cycle) : List.of(baseline);
	}
}
