package org.mea.jwp.ui.internal.team;

import java.text.NumberFormat;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
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

	static final String TITLE = Messages.CommitDialog_title;

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
		super(parent, TITLE, Messages.CommitDialog_action);
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
		Composite fields = fields(parent, NLS.bind(Messages.CommitDialog_heading, fileName),
				Messages.CommitDialog_message, 2);
		if (changed == null) {
			sentence(fields, Messages.CommitDialog_newFile, 2);
		} else {
			sentence(fields, changed.isEmpty() ? Messages.CommitDialog_nothingChanged
					: NLS.bind(Messages.CommitDialog_changed, summary(changed)), 2);
		}
		message = field(fields, Messages.CommitDialog_messageLabel, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL, 1);
		org.mea.jwp.ui.internal.accessibility.TabLeaves.install(message);
		GridDataFactory.fillDefaults().grab(true, true).hint(460, 90).applyTo(message);
		name = field(fields, Messages.CommitDialog_authorName, SWT.NONE, 1);
		name.setText(initialName);
		email = field(fields, Messages.CommitDialog_authorEmail, SWT.NONE, 1);
		email.setText(initialEmail);
		message.setFocus();
		return fields.getParent();
	}

	/** "B6, A2 and 3 more" — the first elements by label, so that a long list stays one line. */
	static String summary(List<String> labels) {
		int shown = Math.min(8, labels.size());
		String first = String.join(", ", labels.subList(0, shown)); //$NON-NLS-1$
		return labels.size() > shown
				? NLS.bind(Messages.CommitDialog_andMore, first,
						NumberFormat.getIntegerInstance().format(labels.size() - shown))
				: first;
	}

	@Override
	protected boolean showProblem() {
		return !message.getText().isBlank(); // an empty dialog is not an error yet
	}

	@Override
	protected String problem() {
		if (message.getText().isBlank()) {
			return Messages.CommitDialog_noMessage;
		}
		if (name.getText().isBlank() || email.getText().isBlank()) {
			return Messages.CommitDialog_noAuthor;
		}
		return email.getText().contains("@") ? null : NLS.bind(Messages.CommitDialog_notEmail, email.getText().strip()); //$NON-NLS-1$
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
