package org.mea.jwp.ui.internal.wizards;

import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/** The page of the New Programme wizard: what to start from, title, period and file. */
final class NewProgrammePage extends WizardPage {

	private Button copy;
	private Text title;
	private Spinner firstYear;
	private Spinner lastYear;
	private Text file;

	NewProgrammePage() {
		super("programme"); //$NON-NLS-1$
		setTitle(Messages.NewProgrammePage_title);
		setDescription(Messages.NewProgrammePage_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
		Button empty = new Button(body, SWT.RADIO);
		empty.setText(Messages.NewProgrammePage_empty);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(empty);
		copy = new Button(body, SWT.RADIO);
		copy.setText(Messages.NewProgrammePage_copy);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(copy);
		copy.setSelection(true);

		new Label(body, SWT.NONE).setText(Messages.NewProgrammePage_titleLabel);
		title = new Text(body, SWT.BORDER);
		title.setMessage(Messages.NewProgrammePage_titleHint);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(title);

		new Label(body, SWT.NONE).setText(Messages.NewProgrammePage_period);
		Composite period = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(period);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(period);
		firstYear = ProgrammeFileField.year(period, 2015, true);
		new Label(period, SWT.NONE).setText(Messages.NewProgrammePage_to);
		lastYear = ProgrammeFileField.year(period, 2020, false);

		new Label(body, SWT.NONE).setText(Messages.NewProgrammePage_file);
		file = new Text(body, SWT.BORDER);
		file.setText(Path.of(System.getProperty("user.home"), "work-programme.jwp").toString()); //$NON-NLS-1$ //$NON-NLS-2$
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(file);
		ProgrammeFileField.browse(body, file, "work-programme.jwp"); //$NON-NLS-1$
		for (var control : new org.eclipse.swt.widgets.Control[] { title, file, firstYear, lastYear }) {
			control.addListener(SWT.Modify, event -> validate());
		}
		empty.addListener(SWT.Selection, event -> validate());
		copy.addListener(SWT.Selection, event -> validate());
		setControl(body);
		validate();
	}

	/** Says what is missing or wrong, naming the field; Finish is enabled only when all is well. */
	private void validate() {
		String problem = ProgrammeFileField.problem(getFile());
		if (problem == null && !isCopyOfDefault() && getLastYear() < getFirstYear()) {
			problem = Messages.NewProgrammePage_periodReversed;
		} else if (problem == null && !isCopyOfDefault() && getProgrammeTitle().isBlank()) {
			problem = Messages.NewProgrammePage_titleMissing;
		}
		firstYear.setEnabled(!isCopyOfDefault());
		lastYear.setEnabled(!isCopyOfDefault());
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	boolean isCopyOfDefault() {
		return copy.getSelection();
	}

	String getProgrammeTitle() {
		return title.getText();
	}

	int getFirstYear() {
		return firstYear.getSelection();
	}

	int getLastYear() {
		return lastYear.getSelection();
	}

	Path getFile() {
		return ProgrammeFileField.path(file);
	}

	/** The fields, for tests. */
	Text getFileField() {
		return file;
	}

	Text getTitleField() {
		return title;
	}
}
