package org.mea.jwp.ui.internal.team;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.mea.jwp.team.CredentialsProvider.Login;

/** Asks for the user and the password or access token of a server, and whether to keep them. */
public final class LoginDialog extends TeamDialog {

	static final String TITLE = Messages.LoginDialog_title;

	private final String server;
	private final String initialUser;
	private Text user;
	private Text secret;
	private Button remember;
	private SecureCredentials.LoginPrompt.Answer answer;

	LoginDialog(Shell parent, String server, String user) {
		super(parent, TITLE, Messages.LoginDialog_action);
		this.server = server;
		this.initialUser = user == null ? "" : user; //$NON-NLS-1$
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite fields = fields(parent, server, Messages.LoginDialog_message, 2);
		user = field(fields, Messages.LoginDialog_user, SWT.NONE, 1);
		user.setText(initialUser);
		secret = field(fields, Messages.LoginDialog_secret, SWT.PASSWORD, 1);
		remember = new Button(fields, SWT.CHECK);
		remember.setText(Messages.LoginDialog_remember);
		remember.setSelection(true);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(remember);
		(initialUser.isEmpty() ? user : secret).setFocus();
		return fields.getParent();
	}

	@Override
	protected String problem() {
		return user.getText().isBlank() ? Messages.LoginDialog_noUser : null;
	}

	@Override
	protected void okPressed() {
		answer = new SecureCredentials.LoginPrompt.Answer(
				new Login(user.getText().strip(), secret.getText().toCharArray()),
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

		@Override
		public char[] passphrase(String key, String question) {
			Display display = PlatformUI.getWorkbench().getDisplay();
			AtomicReference<char[]> result = new AtomicReference<>();
			display.syncExec(() -> {
				InputDialog dialog = new InputDialog(display.getActiveShell(), Messages.LoginDialog_passphraseTitle,
						question, "", null) { //$NON-NLS-1$
					@Override
					protected int getInputTextStyle() {
						return super.getInputTextStyle() | SWT.PASSWORD;
					}
				};
				if (dialog.open() == OK) {
					result.set(dialog.getValue().toCharArray());
				}
			});
			return result.get();
		}

		@Override
		public boolean trust(String host, String question) {
			Display display = PlatformUI.getWorkbench().getDisplay();
			AtomicReference<Boolean> result = new AtomicReference<>(Boolean.FALSE);
			display.syncExec(() -> result.set(MessageDialog.openQuestion(display.getActiveShell(),
					NLS.bind(Messages.LoginDialog_trustTitle, host), question)));
			return result.get();
		}

		@Override
		public void storageFailed(String problem) {
			Display display = PlatformUI.getWorkbench().getDisplay();
			display.asyncExec(() -> MessageDialog.openWarning(display.getActiveShell(), TITLE, problem));
		}
	}
}
