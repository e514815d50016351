package org.mea.jwp.ui.internal.team;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.mea.jwp.team.CredentialsProvider.Login;

/** Asks for the user and the password or access token of a server, and whether to keep them. */
public final class LoginDialog extends TitleAreaDialog {

	static final String TITLE = "Log In to the Server"; //$NON-NLS-1$

	private final String server;
	private final String initialUser;
	private Text user;
	private Text secret;
	private Button remember;
	private SecureCredentials.LoginPrompt.Answer answer;

	LoginDialog(Shell parent, String server, String user) {
		super(parent);
		this.server = server;
		this.initialUser = user == null ? "" : user; //$NON-NLS-1$
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(server);
		setMessage("The server asks who you are. For an HTTPS server, give your user name and a password or a personal access token."); //$NON-NLS-1$
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		new Label(fields, SWT.NONE).setText("&User:"); //$NON-NLS-1$
		user = new Text(fields, SWT.BORDER);
		user.setText(initialUser);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(user);
		new Label(fields, SWT.NONE).setText("&Password or token:"); //$NON-NLS-1$
		secret = new Text(fields, SWT.BORDER | SWT.PASSWORD);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(secret);
		remember = new Button(fields, SWT.CHECK);
		remember.setText("&Keep in the secure storage (encrypted, asked again if the server refuses it)"); //$NON-NLS-1$
		remember.setSelection(true);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(remember);
		(initialUser.isEmpty() ? user : secret).setFocus();
		user.addModifyListener(e -> update());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Log In", true); //$NON-NLS-1$
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		update();
	}

	private void update() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(!user.getText().isBlank());
		}
	}

	@Override
	protected void okPressed() {
		answer = new SecureCredentials.LoginPrompt.Answer(new Login(user.getText().strip(), secret.getText().toCharArray()),
				remember.getSelection());
		super.okPressed();
	}

	/** Shows the dialog on the workbench's display, from whatever thread a Git operation runs in. */
	static final class Prompt implements SecureCredentials.LoginPrompt {
		@Override
		public Answer ask(String server, String user) {
			Display display = PlatformUI.getWorkbench().getDisplay();
			AtomicReference<Answer> result = new AtomicReference<>();
			display.syncExec(() -> {
				LoginDialog dialog = new LoginDialog(display.getActiveShell(), server, user);
				if (dialog.open() == OK) {
					result.set(dialog.answer);
				}
			});
			return result.get();
		}
	}
}
