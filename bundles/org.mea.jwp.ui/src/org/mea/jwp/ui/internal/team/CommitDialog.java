package org.mea.jwp.ui.internal.team;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.mea.jwp.team.Author;

/**
 * Team > Commit: the message, the author (from the preferences, kept there when changed here) and
 * the elements that changed since the last commit, so that the message can say what they are.
 */
final class CommitDialog extends TitleAreaDialog {

	static final String TITLE = "Commit"; //$NON-NLS-1$

	private final String fileName;
	private final List<String> changed;
	private final String initialName;
	private final String initialEmail;
	private Text message;
	private Text name;
	private Text email;
	private String committedMessage;
	private Author author;

	CommitDialog(Shell parent, String fileName, List<String> changed, String name, String email) {
		super(parent);
		this.fileName = fileName;
		this.changed = changed;
		this.initialName = name;
		this.initialEmail = email;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Commit " + fileName); //$NON-NLS-1$
		setMessage("Records the saved programme in the repository's history. Team > Push shares it with the others."); //$NON-NLS-1$
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);

		Label changes = new Label(fields, SWT.WRAP);
		changes.setText(changed.isEmpty() ? "No element changed since the last commit." //$NON-NLS-1$
				: "Changed since the last commit: " + summary(changed)); //$NON-NLS-1$
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(460, SWT.DEFAULT).applyTo(changes);

		new Label(fields, SWT.NONE).setText("&Message:"); //$NON-NLS-1$
		message = new Text(fields, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(460, 90).applyTo(message);
		new Label(fields, SWT.NONE).setText("Author &name:"); //$NON-NLS-1$
		name = text(fields, initialName);
		new Label(fields, SWT.NONE).setText("Author &e-mail:"); //$NON-NLS-1$
		email = text(fields, initialEmail);
		message.addModifyListener(e -> update());
		name.addModifyListener(e -> update());
		email.addModifyListener(e -> update());
		message.setFocus();
		return area;
	}

	private static Text text(Composite parent, String value) {
		Text text = new Text(parent, SWT.BORDER);
		text.setText(value);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		return text;
	}

	/** "B6, A2 and 3 more" — the first elements by label, so that a long list stays one line. */
	static String summary(List<String> labels) {
		int shown = Math.min(8, labels.size());
		String first = String.join(", ", labels.subList(0, shown)); //$NON-NLS-1$
		return labels.size() > shown ? first + " and " + (labels.size() - shown) + " more" : first; //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Commit", true); //$NON-NLS-1$
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		update();
	}

	private void update() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok == null) {
			return;
		}
		String problem = null;
		if (message.getText().isBlank()) {
			problem = "Say what changed: the message is what others read in the History view."; //$NON-NLS-1$
		} else if (name.getText().isBlank() || email.getText().isBlank()) {
			problem = "A commit carries its author's name and e-mail address."; //$NON-NLS-1$
		} else if (!email.getText().contains("@")) { //$NON-NLS-1$
			problem = "\"" + email.getText().strip() + "\" is not an e-mail address."; //$NON-NLS-1$ //$NON-NLS-2$
		}
		setErrorMessage(message.getText().isBlank() ? null : problem);
		ok.setEnabled(problem == null);
	}

	@Override
	protected void okPressed() {
		committedMessage = message.getText().strip();
		author = new Author(name.getText().strip(), email.getText().strip());
		super.okPressed();
	}

	String message() {
		return committedMessage;
	}

	Author author() {
		return author;
	}
}
