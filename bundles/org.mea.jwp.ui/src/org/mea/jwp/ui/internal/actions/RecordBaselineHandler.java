package org.mea.jwp.ui.internal.actions;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
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
			throw new ExecutionException(Messages.RecordBaselineHandler_selectCycle);
		}
		ProgrammeSession session = PlatformUI.getWorkbench().getService(IEclipseContext.class)
				.get(ProgrammeSession.class);
		if (session == null || cycle.eResource() != session.getResource()) {
			throw new ExecutionException(Messages.RecordBaselineHandler_notInProgramme);
		}
		RecordBaselineCommand command = command(cycle);
		if (!command.canExecute()) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.RecordBaselineHandler_title,
					NLS.bind(Messages.RecordBaselineHandler_exists, Cycles.label(cycle)));
			return null;
		}
		LocalDate date = Cycles.dateOf(cycle);
		// the date as the user's language writes it in a sentence
		String asAt = date == null ? Messages.RecordBaselineHandler_asAtToday
				: NLS.bind(Messages.RecordBaselineHandler_asAtDate,
						DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).format(date));
		if (confirm
				&& !MessageDialog.openConfirm(HandlerUtil.getActiveShell(event), Messages.RecordBaselineHandler_title,
						NLS.bind(Messages.RecordBaselineHandler_confirm, new Object[] { Cycles.label(cycle),
								NumberFormat.getIntegerInstance().format(session.getProgramme().activities().size()),
								asAt }))) {
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
