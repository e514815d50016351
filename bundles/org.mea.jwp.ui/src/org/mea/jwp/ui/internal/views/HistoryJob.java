package org.mea.jwp.ui.internal.views;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.mea.jwp.team.ElementHistory;
import org.mea.jwp.team.HistoryEntry;
import org.mea.jwp.team.ProgrammeRepository;
import org.mea.jwp.team.TeamException;

/**
 * Reads the history of a programme file, or of one element of it, away from the UI thread: a long
 * history loads many versions of the file. Cancelling stops it between versions; a job that was
 * cancelled reports nothing, so the view only ever shows the answer to its latest request.
 */
final class HistoryJob extends Job {

	private final Path file;
	private final String elementId;
	private volatile List<HistoryEntry> entries = List.of();
	private volatile String problem;

	/**
	 * The history of {@code file}, of the element with {@code elementId} or (null) of the whole
	 * programme; {@code done} is called in a background thread when it is read or failed, not when
	 * cancelled.
	 */
	HistoryJob(String name, Path file, String elementId, Consumer<HistoryJob> done) {
		super(name);
		this.file = file;
		this.elementId = elementId;
		// once the job has ended, not from run(): a view showing the rows has no job of its own running
		addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (event.getResult().isOK()) {
					done.accept(HistoryJob.this);
				}
			}
		});
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		try (ProgrammeRepository repository = ProgrammeRepository.open(file)) {
			ElementHistory history = new ElementHistory(repository, file);
			entries = elementId == null ? history.programme(monitor) : history.element(elementId, monitor);
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (TeamException e) {
			problem = e.getMessage(); // shown in the view: a failed history is not an error to log
		} finally {
			monitor.done();
		}
		return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}

	/** The changes found, newest first; empty when there are none or reading failed. */
	List<HistoryEntry> entries() {
		return entries;
	}

	/** Why the history could not be read (one line), or null. */
	String problem() {
		return problem;
	}
}
