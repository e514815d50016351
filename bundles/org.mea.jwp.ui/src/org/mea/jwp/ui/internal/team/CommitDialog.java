package org.mea.jwp.ui.internal.team;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.mea.jwp.team.Author;

/**
 * Team > Commit: the message, the author (from the preferences, kept there when changed here) and
 * the elements that changed since the last commit, so that the message can say what they are.
 */
final class CommitDialog extends TeamDialog {

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

	/** {@code changed}: labels of the elements changed since the last commit, {@code null} when the file is not in it. */
	CommitDialog(Shell parent, String fileName, List<String> changed, String name, String email) {
		super(parent, TITLE, "&Commit"); //$NON-NLS-1$
		this.fileName = fileName;
		this.changed = changed;
		this.initialName = name;
		this.initialEmail = email;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite fields = fields(parent, "Commit " + fileName, //$NON-NLS-1$
				"Records the saved programme in the repository's history. Team > Push shares it with the others.", 2); //$NON-NLS-1$
		if (changed == null) {
			sentence(fields, "The programme is new to the repository: the whole of it is committed.", 2); //$NON-NLS-1$
		} else {
			sentence(fields, changed.isEmpty() ? "No element changed since the last commit." //$NON-NLS-1$
					: "Changed since the last commit: " + summary(changed), 2); //$NON-NLS-1$
		}
		message = field(fields, "&Message:", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL, 1); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, true).hint(460, 90).applyTo(message);
		name = field(fields, "Author &name:", SWT.NONE, 1); //$NON-NLS-1$
		name.setText(initialName);
		email = field(fields, "Author &e-mail:", SWT.NONE, 1); //$NON-NLS-1$
		email.setText(initialEmail);
		message.setFocus();
		return fields.getParent();
	}

	/** "B6, A2 and 3 more" — the first elements by label, so that a long list stays one line. */
	static String summary(List<String> labels) {
		int shown = Math.min(8, labels.size());
		String first = String.join(", ", labels.subList(0, shown)); //$NON-NLS-1$
		return labels.size() > shown ? first + " and " + (labels.size() - shown) + " more" : first; //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	protected boolean showProblem() {
		return !message.getText().isBlank(); // an empty dialog is not an error yet
	}

	@Override
	protected String problem() {
		if (message.getText().isBlank()) {
			return "Say what changed: the message is what others read in the History view."; //$NON-NLS-1$
		}
		if (name.getText().isBlank() || email.getText().isBlank()) {
			return "A commit carries its author's name and e-mail address."; //$NON-NLS-1$
		}
		return email.getText().contains("@") ? null : "\"" + email.getText().strip() + "\" is not an e-mail address."; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
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
