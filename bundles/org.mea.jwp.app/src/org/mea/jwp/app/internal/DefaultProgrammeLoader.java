package org.mea.jwp.app.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.statushandlers.StatusManager;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeFileException;
import org.mea.jwp.ui.ProgrammeSession;

/**
 * Opens the embedded CMS–CITES Joint Work Programme 2012–2014 when the workbench starts without a
 * file: loads it in the background (start-up is not delayed) and publishes a {@link ProgrammeSession}
 * for it in the workbench's context, where the views, editors and the window title find it.
 */
final class DefaultProgrammeLoader extends Job {

	private final IWorkbenchConfigurer configurer;

	DefaultProgrammeLoader(IWorkbenchConfigurer configurer) {
		super(Messages.job_loadDefault);
		this.configurer = configurer;
		setUser(false);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		Resource resource;
		try {
			resource = DefaultProgramme.load();
		} catch (ProgrammeFileException e) {
			IStatus status = Status.error(Messages.job_loadDefault_failed + " " + e.getMessage(), e); //$NON-NLS-1$
			StatusManager.getManager().handle(status, StatusManager.LOG | StatusManager.SHOW);
			return Status.OK_STATUS;
		}
		IWorkbench workbench = configurer.getWorkbench();
		Display display = workbench.getDisplay();
		if (!display.isDisposed()) {
			display.asyncExec(() -> publish(workbench, resource));
		}
		return Status.OK_STATUS;
	}

	private void publish(IWorkbench workbench, Resource resource) {
		if (workbench.isClosing()) {
			return;
		}
		IEclipseContext context = workbench.getService(IEclipseContext.class);
		if (context.get(ProgrammeSession.class) == null) { // a programme opened meanwhile wins
			context.set(ProgrammeSession.class, new ProgrammeSession(resource));
		}
	}
}
