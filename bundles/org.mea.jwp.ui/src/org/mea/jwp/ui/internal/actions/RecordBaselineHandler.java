package org.mea.jwp.ui.internal.actions;

import java.time.LocalDate;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.mea.jwp.core.cycles.Cycles;
import org.mea.jwp.core.cycles.RecordBaselineCommand;
import org.mea.jwp.model.ReportingCycle;
import org.mea.jwp.ui.ProgrammeSession;

/**
 * Record Baseline (context menu of a reporting cycle): after a confirmation that says what is
 * frozen, records the cycle's baseline as one command on the programme's command stack, so that
 * Edit > Undo takes it back until the programme is saved and closed.
 */
public class RecordBaselineHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof ReportingCycle cycle)) {
			throw new ExecutionException("Select a reporting cycle"); //$NON-NLS-1$
		}
		ProgrammeSession session = PlatformUI.getWorkbench().getService(IEclipseContext.class).get(ProgrammeSession.class);
		if (session == null || cycle.eResource() != session.getResource()) {
			throw new ExecutionException("The cycle is not in the open programme"); //$NON-NLS-1$
		}
		RecordBaselineCommand command = command(cycle);
		if (!command.canExecute()) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Record Baseline", //$NON-NLS-1$
					Cycles.label(cycle) + " already has a baseline; a baseline is never replaced."); //$NON-NLS-1$
			return null;
		}
		if (confirm && !MessageDialog.openConfirm(HandlerUtil.getActiveShell(event), "Record Baseline", //$NON-NLS-1$
				"Record the baseline for " + Cycles.label(cycle) + "?\n\nThe status, timeframe, lead and latest progress entry of all " //$NON-NLS-1$ //$NON-NLS-2$
						+ session.getProgramme().activities().size() + " activities are recorded as at " //$NON-NLS-1$
						+ (Cycles.dateOf(cycle) == null ? "today" : Cycles.dateOf(cycle)) //$NON-NLS-1$
						+ ". Once recorded, the baseline cannot be edited; Edit > Undo takes it back until the programme is closed.")) { //$NON-NLS-1$
			return null;
		}
		session.getCommandStack().execute(command);
		return null;
	}

	/** Whether to ask first; the UI tests, which cannot answer a modal dialog, switch it off. */
	public static volatile boolean confirm = true;

	static RecordBaselineCommand command(ReportingCycle cycle) {
		return new RecordBaselineCommand(cycle, LocalDate.now());
	}
}
