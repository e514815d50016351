package org.mea.jwp.reports.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.mea.jwp.ui.ProgrammeSession;

/** Programme > Generate Report: the wizard on the open programme. */
public class GenerateReportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		ProgrammeSession session = PlatformUI.getWorkbench().getService(IEclipseContext.class)
				.get(ProgrammeSession.class);
		if (session == null) {
			MessageDialog.openInformation(HandlerUtil.getActiveShellChecked(event),
					Messages.GenerateReportHandler_title,
					Messages.GenerateReportHandler_noProgramme);
			return null;
		}
		new WizardDialog(HandlerUtil.getActiveShellChecked(event), new GenerateReportWizard(session)).open();
		return null;
	}
}
