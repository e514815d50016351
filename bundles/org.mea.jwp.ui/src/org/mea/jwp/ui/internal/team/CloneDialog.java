package org.mea.jwp.ui.internal.team;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Team > Clone Programme: the repository to copy (a URL or a folder) and the new local folder. */
final class CloneDialog extends TeamDialog {

	static final String TITLE = Messages.CloneDialog_title;

	private Text source;
	private Text folder;
	private String chosenSource;
	private Path chosenFolder;

	CloneDialog(Shell parent) {
		super(parent, TITLE, Messages.CloneDialog_action);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite fields = fields(parent, TITLE, Messages.CloneDialog_message, 3);
		source = field(fields, Messages.CloneDialog_repository, SWT.NONE, 2);
		source.setMessage(Messages.CloneDialog_repositoryHint);
		folder = field(fields, Messages.CloneDialog_folder, SWT.NONE, 1);
		Button browse = new Button(fields, SWT.PUSH);
		browse.setText(Messages.CloneDialog_browse);
		browse.addListener(SWT.Selection, e -> {
			DirectoryDialog choose = new DirectoryDialog(getShell());
			choose.setFilterPath(folder.getText());
			String chosen = choose.open();
			if (chosen != null) {
				folder.setText(chosen);
			}
		});
		source.addModifyListener(e -> proposeFolder());
		folder.addModifyListener(e -> folder.setData(null)); // typed: no longer follows the repository
		return fields.getParent();
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
	protected boolean showProblem() {
		return !source.getText().isBlank();
	}

	@Override
	protected String problem() {
		if (source.getText().isBlank()) {
			return Messages.CloneDialog_noRepository;
		}
		if (folder.getText().isBlank()) {
			return Messages.CloneDialog_noFolder;
		}
		Path target = Path.of(folder.getText().strip());
		try (var entries = Files.isDirectory(target) ? Files.list(target) : null) {
			if (entries != null && entries.findAny().isPresent()) {
				return NLS.bind(Messages.CloneDialog_notEmpty, target);
			}
		} catch (java.io.IOException e) {
			return NLS.bind(Messages.CloneDialog_unreadable, target, e.getMessage());
		}
		if (Files.exists(target) && !Files.isDirectory(target)) {
			return NLS.bind(Messages.CloneDialog_isFile, target);
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
