package org.mea.jwp.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.window.IShellProvider;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.progress.IJobRunnable;
import org.mea.jwp.ui.internal.actions.SaveProgramme;

/**
 * The unit of saving of a {@link ProgrammeSession}. The Programme Explorer and the programme
 * editor both return it, so the workbench treats them as views on one document: it asks to save
 * once (when the last part showing the programme closes, or at exit), and File > Save from
 * either part saves the same file.
 */
public final class ProgrammeSaveable extends Saveable {

	private final ProgrammeSession session;

	ProgrammeSaveable(ProgrammeSession session) {
		this.session = session;
	}

	/** The session saved. */
	public ProgrammeSession getSession() {
		return session;
	}

	@Override
	public String getName() {
		return session.getFile() != null ? session.getFile().getFileName().toString()
				: session.getProgramme().getTitle();
	}

	@Override
	public String getToolTipText() {
		return session.getFile() != null ? session.getFile().toString() : Messages.ProgrammeSaveable_embedded;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public boolean isDirty() {
		return session.isDirty();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
				: PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		SaveProgramme.save(session, shell);
	}

	@Override
	public IJobRunnable doSave(IProgressMonitor monitor, IShellProvider shellProvider) {
		SaveProgramme.save(session, shellProvider.getShell());
		return null; // saved in the UI thread: nothing left for a background job
	}

	@Override
	public boolean equals(Object object) {
		return object instanceof ProgrammeSaveable other && other.session == session;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(session);
	}
}
