package org.mea.jwp.ui.internal.actions;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.internal.wizards.ContinueProgrammeWizard;

/** File > New Programme > Continue from...: the wizard on the open programme. */
public class ContinueProgrammeHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		ProgrammeSession session = PlatformUI.getWorkbench().getService(IEclipseContext.class)
				.get(ProgrammeSession.class);
		if (session == null) {
			throw new ExecutionException(Messages.ContinueProgrammeHandler_noProgramme);
		}
		new WizardDialog(HandlerUtil.getActiveShellChecked(event), new ContinueProgrammeWizard(session)).open();
		return null;
	}
}
