package org.mea.jwp.ui.internal.actions;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISaveablePart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.mea.jwp.core.persistence.ProgrammeFileException;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.internal.views.ProgrammeExplorerView;

/**
 * File > Open Programme: reads a {@code .jwp} file and makes it the programme of the workbench.
 * Unsaved changes of the current programme are offered for saving first; a file that cannot be
 * read is reported with its line and column, and the current programme stays open.
 */
public class OpenProgrammeHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		// the window's shell: the "active shell" can be a dialog just closed, or none while another application has the focus
		Shell shell = HandlerUtil.getActiveWorkbenchWindowChecked(event).getShell();
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText(Messages.OpenProgrammeHandler_dialogTitle);
		dialog.setFilterExtensions(new String[] { "*.jwp", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterNames(new String[] { Messages.OpenProgrammeHandler_filterProgrammes,
				Messages.OpenProgrammeHandler_filterAll });
		String chosen = NativeFileDialogs.open.apply(dialog);
		if (chosen != null) {
			open(Path.of(chosen), shell);
		}
		return null;
	}

	/** Opens {@code file} as the workbench's programme; returns whether it was opened. */
	public static boolean open(Path file, Shell shell) {
		IEclipseContext context = PlatformUI.getWorkbench().getService(IEclipseContext.class);
		ProgrammeSession current = context.get(ProgrammeSession.class);
		if (current != null && current.isDirty() && !saveOrDiscard(current, shell)) {
			return false;
		}
		Resource resource;
		try {
			resource = new ProgrammeStore().load(file);
		} catch (ProgrammeFileException e) {
			MessageDialog.openError(shell, Messages.OpenProgrammeHandler_cannotOpen, e.getMessage());
			return false;
		}
		context.set(ProgrammeSession.class, new ProgrammeSession(resource, file));
		if (current != null) {
			current.dispose();
		}
		return true;
	}

	/** Asks whether to save the current programme's changes; false when the user cancels. */
	private static boolean saveOrDiscard(ProgrammeSession current, Shell shell) {
		MessageDialog question = new MessageDialog(shell, Messages.OpenProgrammeHandler_unsavedTitle, null,
				NLS.bind(Messages.OpenProgrammeHandler_unsavedQuestion, current.getProgramme().getTitle()),
				MessageDialog.QUESTION, 0, Messages.OpenProgrammeHandler_save, Messages.OpenProgrammeHandler_discard,
				IDialogConstants.CANCEL_LABEL);
		int answer = question.open();
		if (answer == 1) {
			return true;
		}
		if (answer != 0) {
			return false;
		}
		IViewPart explorer = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.findView(ProgrammeExplorerView.ID);
		if (explorer instanceof ISaveablePart saveable) {
			saveable.doSave(null);
			return !saveable.isDirty();
		}
		return false;
	}
}
