package org.mea.jwp.ui.internal.team;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Team > Clone Programme: the repository to copy (a URL or a folder) and the new local folder. */
final class CloneDialog extends TitleAreaDialog {

	static final String TITLE = "Clone Programme"; //$NON-NLS-1$

	private Text source;
	private Text folder;
	private String chosenSource;
	private Path chosenFolder;

	CloneDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(TITLE);
		setMessage("Copies a shared programme's repository to this computer and opens the programme."); //$NON-NLS-1$
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 10).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		new Label(fields, SWT.NONE).setText("&Repository:"); //$NON-NLS-1$
		source = new Text(fields, SWT.BORDER);
		source.setMessage("https://..., git://... or a folder"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).span(2, 1).applyTo(source);
		new Label(fields, SWT.NONE).setText("Into &folder:"); //$NON-NLS-1$
		folder = new Text(fields, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
		Button browse = new Button(fields, SWT.PUSH);
		browse.setText("&Browse..."); //$NON-NLS-1$
		browse.addListener(SWT.Selection, e -> {
			DirectoryDialog choose = new DirectoryDialog(getShell());
			choose.setFilterPath(folder.getText());
			String chosen = choose.open();
			if (chosen != null) {
				folder.setText(chosen);
			}
		});
		source.addModifyListener(e -> {
			proposeFolder();
			update();
		});
		folder.addModifyListener(e -> update());
		return area;
	}

	/** A folder named after the repository, in the user's home, until the user types one. */
	private void proposeFolder() {
		String name = source.getText().strip().replaceAll("[/\\\\]+$", "").replaceAll("\\.git$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		if (!name.isEmpty() && (folder.getText().isEmpty() || folder.getData() != null)) {
			folder.setText(Path.of(System.getProperty("user.home"), name).toString()); //$NON-NLS-1$
			folder.setData(Boolean.TRUE); // proposed, not typed: follows the repository
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Clone", true); //$NON-NLS-1$
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		update();
	}

	private void update() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok == null) {
			return;
		}
		String problem = problem();
		setErrorMessage(source.getText().isBlank() ? null : problem);
		ok.setEnabled(problem == null);
	}

	private String problem() {
		if (source.getText().isBlank()) {
			return "Name the repository to clone."; //$NON-NLS-1$
		}
		if (folder.getText().isBlank()) {
			return "Choose the folder to clone into."; //$NON-NLS-1$
		}
		Path target = Path.of(folder.getText().strip());
		try (var entries = Files.isDirectory(target) ? Files.list(target) : null) {
			if (entries != null && entries.findAny().isPresent()) {
				return target + " is not empty: clone into a new or empty folder."; //$NON-NLS-1$
			}
		} catch (java.io.IOException e) {
			return target + " cannot be read: " + e.getMessage(); //$NON-NLS-1$
		}
		if (Files.exists(target) && !Files.isDirectory(target)) {
			return target + " is a file, not a folder."; //$NON-NLS-1$
		}
		return null;
	}

	@Override
	protected void okPressed() {
		chosenSource = source.getText().strip();
		chosenFolder = Path.of(folder.getText().strip());
		super.okPressed();
	}

	String source() {
		return chosenSource;
	}

	Path folder() {
		return chosenFolder;
	}
}
