package org.mea.jwp.ui.internal.team;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Team > Share Programme: where the repository is (found or to be created), the first commit's
 * message and, optionally, the server the others pull from.
 */
final class ShareDialog extends TitleAreaDialog {

	static final String TITLE = "Share Programme"; //$NON-NLS-1$

	private final String where;
	private Text message;
	private Text server;
	private String chosenMessage;
	private String chosenServer;

	ShareDialog(Shell parent, String where) {
		super(parent);
		this.where = where;
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
		setMessage(where);
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		new Label(fields, SWT.NONE).setText("Commit &message:"); //$NON-NLS-1$
		message = new Text(fields, SWT.BORDER);
		message.setText("Share the programme"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(message);
		new Label(fields, SWT.NONE).setText("&Server (optional):"); //$NON-NLS-1$
		server = new Text(fields, SWT.BORDER);
		server.setMessage("https://..., git://... or the folder of a bare repository"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(server);
		Label hint = new Label(fields, SWT.WRAP);
		hint.setText("With a server, the programme is pushed there at once and the others can clone it " //$NON-NLS-1$
				+ "(Team > Clone Programme). Without one, it is shared later by setting the repository's origin."); //$NON-NLS-1$
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(hint);
		message.addModifyListener(e -> update());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Share", true); //$NON-NLS-1$
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	private void update() {
		getButton(IDialogConstants.OK_ID).setEnabled(!message.getText().isBlank());
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
