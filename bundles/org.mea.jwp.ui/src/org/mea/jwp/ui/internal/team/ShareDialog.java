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

	static final String TITLE = Messages.ShareDialog_title;

	private final String where;
	private Text message;
	private Text server;
	private String chosenMessage;
	private String chosenServer;

	ShareDialog(Shell parent, String where) {
		super(parent, TITLE, Messages.ShareDialog_action);
		this.where = where;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite fields = fields(parent, TITLE, where, 2);
		message = field(fields, Messages.ShareDialog_messageLabel, SWT.NONE, 1);
		message.setText(Messages.ShareDialog_defaultMessage);
		server = field(fields, Messages.ShareDialog_server, SWT.NONE, 1);
		server.setMessage(Messages.ShareDialog_serverHint);
		sentence(fields, Messages.ShareDialog_explanation, 2);
		return fields.getParent();
	}

	@Override
	protected String problem() {
		return message.getText().isBlank() ? Messages.ShareDialog_noMessage : null;
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
