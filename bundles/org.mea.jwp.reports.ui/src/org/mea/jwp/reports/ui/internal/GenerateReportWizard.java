package org.mea.jwp.reports.ui.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Display;
import org.mea.jwp.model.Programme;
import org.mea.jwp.reports.ReportDesign;
import org.mea.jwp.reports.ReportException;
import org.mea.jwp.ui.ProgrammeSession;

/**
 * Generate Report: choose the design, its parameters (defaults from the programme and the
 * preferences), the format and the file; the report is produced by a background job (with
 * progress, cancellable before the file is replaced) from a copy of the programme taken when
 * Finish is pressed, so editing can go on meanwhile; then the file is opened.
 */
public class GenerateReportWizard extends Wizard {

	private final ProgrammeSession session;
	private GenerateReportPage page;
	private Consumer<IStatus> whenDone = status -> {
	};

	public GenerateReportWizard(ProgrammeSession session) {
		this.session = session;
		setWindowTitle(Messages.GenerateReportWizard_title);
	}

	@Override
	public void addPages() {
		page = new GenerateReportPage(session.getProgramme());
		addPage(page);
	}

	/** Called with the job's result (for tests and for callers that chain work). */
	void whenDone(Consumer<IStatus> callback) {
		whenDone = callback;
	}

	@Override
	public boolean performFinish() {
		Programme snapshot = EcoreUtil.copy(session.getProgramme()); // the job must not read what the UI edits
		ReportDesign design = page.getDesign();
		Map<String, String> values = page.values();
		// the data is prepared in the job too: a plug-in's provider may take its time
		ReportDesign.Prepared report = (target, stream) -> design.prepare(snapshot, values).render(target, stream);
		Path output = page.getOutput();
		boolean open = page.isOpenWhenDone();
		org.mea.jwp.reports.ReportFormat format = page.getFormatChoice(); // widgets are read here, not in the job
		Display display = getShell().getDisplay();
		Job job = Job.create(NLS.bind(Messages.GenerateReportWizard_job, output.getFileName()), monitor -> {
			IStatus status = generate(report, format, output, monitor);
			display.asyncExec(() -> {
				whenDone.accept(status);
				if (status.isOK() && open && !Program.launch(output.toString())) {
					MessageDialog.openInformation(display.getActiveShell(), Messages.GenerateReportWizard_title,
							NLS.bind(Messages.GenerateReportWizard_noViewer, output));
				}
			});
			return status;
		});
		job.setUser(true); // progress dialog with "Run in Background" and Cancel
		job.schedule();
		return true;
	}

	/** Renders into a temporary file next to the output and moves it into place unless cancelled. */
	static IStatus generate(ReportDesign.Prepared report, org.mea.jwp.reports.ReportFormat format, Path output,
			IProgressMonitor monitor) {
		monitor.beginTask(NLS.bind(Messages.GenerateReportWizard_task, output.getFileName()), IProgressMonitor.UNKNOWN);
		try {
			org.mea.jwp.core.persistence.SiblingFiles.replace(output, stream -> {
				report.render(format, stream);
				if (monitor.isCanceled()) {
					// leaves the file as it was: replace() removes what was written
					throw new org.eclipse.core.runtime.OperationCanceledException();
				}
			});
			return Status.OK_STATUS;
		} catch (org.eclipse.core.runtime.OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (ReportException | IllegalArgumentException e) {
			return Status.error(e.getMessage(), e);
		} catch (java.io.IOException e) {
			return Status.error(NLS.bind(Messages.GenerateReportWizard_cannotWrite, output, e.getMessage()), e);
		} finally {
			monitor.done();
		}
	}

	GenerateReportPage getPage() {
		return page;
	}
}
