package org.mea.jwp.team.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jgit.lib.ProgressMonitor;

/**
 * Shows JGit's progress (its tasks: "Receiving objects", "Resolving deltas"...) on an Eclipse
 * monitor, and passes the monitor's cancel button back to JGit, which then stops at its next check.
 * JGit runs one task after another without saying in advance how many, so each task gets a fresh
 * share of what remains.
 */
public final class MonitorAdapter implements ProgressMonitor {

	private final IProgressMonitor monitor;
	private final SubMonitor progress;
	private SubMonitor task;

	public MonitorAdapter(IProgressMonitor monitor) {
		this.monitor = monitor;
		this.progress = SubMonitor.convert(monitor, 100);
	}

	@Override
	public void start(int totalTasks) {
		// JGit's count is not reliable (it adds tasks as it goes); each task takes a share of what is left
	}

	@Override
	public void beginTask(String title, int totalWork) {
		progress.subTask(title);
		task = progress.split(10).setWorkRemaining(totalWork == UNKNOWN ? 1000 : Math.max(totalWork, 1));
	}

	@Override
	public void update(int completed) {
		if (task != null) {
			task.worked(completed);
		}
	}

	@Override
	public void endTask() {
		if (task != null) {
			task.done();
			task = null;
		}
	}

	@Override
	public boolean isCancelled() {
		return monitor != null && monitor.isCanceled();
	}

	@Override
	public void showDuration(boolean enabled) {
		// an Eclipse monitor shows no durations
	}
}
