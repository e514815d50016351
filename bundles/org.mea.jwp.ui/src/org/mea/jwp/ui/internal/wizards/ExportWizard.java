package org.mea.jwp.ui.internal.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.mea.jwp.core.exchange.DataFormat;
import org.mea.jwp.core.exchange.DataFormatException;
import org.mea.jwp.core.exchange.DataFormats;
import org.mea.jwp.core.exchange.spi.ExportContext;
import org.mea.jwp.core.persistence.SiblingFiles;
import org.mea.jwp.model.Programme;
import org.mea.jwp.ui.ProgrammeSession;

/**
 * File > Export > JWP Workbench > Programme: writes the open programme with an exporter of the
 * registry (built-in or contributed by a plug-in). An existing file is replaced only after the user
 * confirms; the file is written by a background job from a copy of the programme taken at Finish,
 * into a temporary file next to it that is then moved over it, so the file is written whole or
 * not at all.
 */
public class ExportWizard extends Wizard implements IExportWizard {

	/** Wizard id (File > Export). */
	public static final String ID = "org.mea.jwp.ui.wizards.export"; //$NON-NLS-1$

	private ProgrammeSession session;
	private ExportPage page;
	private Consumer<IStatus> whenDone = status -> {
	};

	public ExportWizard() {
		setWindowTitle(Messages.ExportWizard_windowTitle);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		session = workbench.getService(IEclipseContext.class).get(ProgrammeSession.class);
	}

	@Override
	public void addPages() {
		page = new ExportPage(session);
		addPage(page);
	}

	/** Called in the UI thread with the job's result (for tests). */
	void whenDone(Consumer<IStatus> callback) {
		whenDone = callback;
	}

	@Override
	public boolean performFinish() {
		Path output = page.getFile();
		DataFormat format = page.getFormat();
		if (Files.exists(output) && !MessageDialog.openQuestion(getShell(), Messages.ExportWizard_replaceTitle,
				NLS.bind(Messages.ExportWizard_replaceQuestion, output.getFileName(), output.getParent()))) {
			return false;
		}
		Programme snapshot = EcoreUtil.copy(session.getProgramme()); // the job must not read what the UI edits
		Display display = getShell().getDisplay();
		Consumer<IStatus> callback = whenDone;
		// the taxa's listings as the workbench shows them: in force on the reporting date
		ExportContext context = new ExportContext(session.reportingDate());
		Job job = Job.create(NLS.bind(Messages.ExportWizard_job, output.getFileName()), monitor -> {
			IStatus status = export(format, snapshot, context, output, monitor);
			display.asyncExec(() -> callback.accept(status));
			return status;
		});
		job.setUser(true); // progress dialog with "Run in Background"; an error is shown to the user
		job.schedule();
		return true;
	}

	/** Writes into a temporary file next to the output and moves it into place unless cancelled. */
	static IStatus export(DataFormat format, Programme programme, ExportContext context, Path output,
			IProgressMonitor monitor) {
		monitor.beginTask(NLS.bind(Messages.ExportWizard_task, output.getFileName()), IProgressMonitor.UNKNOWN);
		try {
			SiblingFiles.replace(output, stream -> {
				DataFormats.get().write(format, programme, stream, context);
				if (monitor.isCanceled()) {
					// leaves the file as it was: replace() removes what was written
					throw new OperationCanceledException();
				}
			});
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (DataFormatException e) {
			return Status.error(e.getMessage(), e);
		} catch (IOException e) {
			return Status.error(NLS.bind(Messages.ExportWizard_cannotWrite, output, e.getMessage()), e);
		} finally {
			monitor.done();
		}
	}

	ExportPage getPage() {
		return page;
	}
}
