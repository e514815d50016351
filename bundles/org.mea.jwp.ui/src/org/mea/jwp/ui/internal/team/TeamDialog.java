package org.mea.jwp.ui.internal.team;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * What the Team dialogs share: a window title, a title area with a heading and a sentence, a grid of
 * labelled fields, an action button with Cancel that is enabled only when the fields are right.
 */
abstract class TeamDialog extends TitleAreaDialog {

	private final String windowTitle;
	private final String action;

	TeamDialog(Shell parent, String windowTitle, String action) {
		super(parent);
		this.windowTitle = windowTitle;
		this.action = action;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(windowTitle);
	}

	/** The dialog area under {@code heading} and {@code message}: a grid of {@code columns} for the fields. */
	protected Composite fields(Composite parent, String heading, String message, int columns) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(heading);
		setMessage(message);
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(columns).margins(10, 10).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		return fields;
	}

	/** A label and a text field after it, {@code span} columns wide. */
	protected Text field(Composite fields, String label, int style, int span) {
		new Label(fields, SWT.NONE).setText(label);
		Text text = new Text(fields, SWT.BORDER | style);
		GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(400, SWT.DEFAULT).applyTo(text);
		text.addModifyListener(e -> check());
		return text;
	}

	/** A sentence across the grid, wrapped to the dialog's width. */
	protected static Label sentence(Composite fields, String text, int columns) {
		Label label = new Label(fields, SWT.WRAP);
		label.setText(text);
		GridDataFactory.fillDefaults().span(columns, 1).grab(true, false).hint(460, SWT.DEFAULT).applyTo(label);
		return label;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, action, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		check();
	}

	/** What is wrong with the fields, or {@code null} when the action can go ahead. */
	protected abstract String problem();

	/** Whether to show the problem yet (not before the user has typed in the first field). */
	protected boolean showProblem() {
		return true;
	}

	private void check() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok == null) {
			return; // the fields are built before the buttons
		}
		String problem = problem();
		setErrorMessage(showProblem() ? problem : null);
		ok.setEnabled(problem == null);
	}
}
