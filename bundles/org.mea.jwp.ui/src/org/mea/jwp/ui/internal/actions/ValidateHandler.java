package org.mea.jwp.ui.internal.actions;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.internal.views.ProblemsView;

/**
 * Programme > Validate: validates the open programme against the reporting date of the
 * preferences and shows the findings in the Problems view.
 */
public class ValidateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		ProgrammeSession session = PlatformUI.getWorkbench().getService(IEclipseContext.class)
				.get(ProgrammeSession.class);
		if (session == null) {
			throw new ExecutionException(Messages.ValidateHandler_noProgramme);
		}
		try {
			HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(ProblemsView.ID);
		} catch (PartInitException e) {
			throw new ExecutionException(Messages.ValidateHandler_problemsViewFailed, e);
		}
		// in the UI thread: the model is edited there, and validating even 100k objects takes < 0.2 s
		BusyIndicator.showWhile(PlatformUI.getWorkbench().getDisplay(),
				() -> session.validate(session.reportingDate()));
		return null;
	}
}
