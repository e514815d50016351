package org.mea.jwp.app.internal;

import java.util.concurrent.CompletableFuture;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.statushandlers.StatusManager;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeFileException;
import org.mea.jwp.ui.ProgrammeSession;

/**
 * Opens the embedded CMS–CITES Joint Work Programme 2012–2014 when the workbench starts without a
 * file: {@link #schedule()}d as soon as the workbench initializes, it reads the programme on the
 * other core while the window and its views are made; {@link #publishWhenRead} (once the workbench
 * is up) then publishes a {@link ProgrammeSession} for it in the workbench's context, where the
 * views, editors and the window title find it. The programme is published only then, as before,
 * so that what the workbench restores (an editor of another file, say) is settled first.
 */
final class DefaultProgrammeLoader extends Job {

	private final CompletableFuture<Resource> read = new CompletableFuture<>();

	DefaultProgrammeLoader() {
		super(Messages.job_loadDefault);
		setUser(false);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			read.complete(DefaultProgramme.load());
		} catch (ProgrammeFileException | RuntimeException e) {
			read.completeExceptionally(e);
		}
		return Status.OK_STATUS;
	}

	/** Publishes the programme in {@code workbench} once it is read, or reports why it could not be. */
	void publishWhenRead(IWorkbench workbench) {
		read.whenComplete((resource, failure) -> {
			if (failure != null) {
				IStatus status = Status.error(Messages.job_loadDefault_failed + " " + failure.getMessage(), failure); //$NON-NLS-1$
				StatusManager.getManager().handle(status, StatusManager.LOG | StatusManager.SHOW);
				return;
			}
			Display display = workbench.getDisplay();
			if (!display.isDisposed()) {
				display.asyncExec(() -> publish(workbench, resource));
			}
		});
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
