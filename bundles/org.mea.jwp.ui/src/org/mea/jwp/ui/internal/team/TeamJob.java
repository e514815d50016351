package org.mea.jwp.ui.internal.team;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.mea.jwp.team.TeamException;

/**
 * A Git operation as a user job: it runs off the UI thread with its progress in the Progress view
 * and the status line, its Cancel stops it (the repository operations check the monitor), and
 * two operations on one repository never run at once. What it found is shown on the UI thread
 * when it ends; a failure is one dialog with the one-line reason.
 */
abstract class TeamJob extends Job {

	private final IWorkbenchWindow window;

	TeamJob(String name, Path folder, IWorkbenchWindow window) {
		super(name);
		this.window = window;
		setUser(true);
		setRule(new RepositoryRule(folder.toAbsolutePath().normalize()));
	}

	/** The work, off the UI thread; returns what to do on the UI thread when it is done. */
	protected abstract Runnable perform(IProgressMonitor monitor) throws TeamException;

	@Override
	protected final IStatus run(IProgressMonitor monitor) {
		try {
			Runnable done = perform(monitor);
			display().asyncExec(done);
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (TeamException e) {
			display().asyncExec(() -> MessageDialog.openError(shell(), getName(), e.getMessage()));
			return Status.OK_STATUS; // shown above: an error status would show it a second time
		}
	}

	IWorkbenchWindow window() {
		return window;
	}

	Shell shell() {
		return window.getShell();
	}

	private Display display() {
		return window.getWorkbench().getDisplay();
	}

	/** One repository folder at a time: a pull must not run into a commit. */
	private record RepositoryRule(Path folder) implements ISchedulingRule {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule instanceof RepositoryRule other && other.folder.equals(folder);
		}
	}
}
