package org.mea.jwp.ui.internal.team;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Team > Share Programme: where the repository is (found or to be created), the first commit's
 * message and, optionally, the server the others pull from.
 */
final class ShareDialog extends TeamDialog {

	static final String TITLE = "Share Programme"; //$NON-NLS-1$

	private final String where;
	private Text message;
	private Text server;
	private String chosenMessage;
	private String chosenServer;

	ShareDialog(Shell parent, String where) {
		super(parent, TITLE, "&Share"); //$NON-NLS-1$
		this.where = where;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite fields = fields(parent, TITLE, where, 2);
		message = field(fields, "Commit &message:", SWT.NONE, 1); //$NON-NLS-1$
		message.setText("Share the programme"); //$NON-NLS-1$
		server = field(fields, "&Server (optional):", SWT.NONE, 1); //$NON-NLS-1$
		server.setMessage("https://..., git://... or the folder of a bare repository"); //$NON-NLS-1$
		sentence(fields, "With a server, the programme is pushed there at once and the others can clone it " //$NON-NLS-1$
				+ "(Team > Clone Programme). Without one, it is shared later by setting the repository's origin.", 2); //$NON-NLS-1$
		return fields.getParent();
	}

	@Override
	protected String problem() {
		return message.getText().isBlank() ? "The first commit needs a message." : null; //$NON-NLS-1$
	}

	@Override
	protected void okPressed() {
		chosenMessage = message.getText().strip();
		chosenServer = server.getText().strip();
		super.okPressed();
	}

	String message() {
		return chosenMessage;
	}

	/** The server to push to, or empty. */
	String server() {
		return chosenServer;
	}
}
