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
		setTitle("New Programme"); //$NON-NLS-1$
		setDescription("Start a joint work programme from scratch or from the 2012\u20132014 programme"); //$NON-NLS-1$
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
		Button empty = new Button(body, SWT.RADIO);
		empty.setText("&Empty programme"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().span(3, 1).applyTo(empty);
		copy = new Button(body, SWT.RADIO);
		copy.setText("&Copy of the CMS\u2013CITES Joint Work Programme 2012\u20132014 (themes, activities, registries)"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().span(3, 1).applyTo(copy);
		copy.setSelection(true);

		new Label(body, SWT.NONE).setText("&Title:"); //$NON-NLS-1$
		title = new Text(body, SWT.BORDER);
		title.setMessage("e.g. CMS\u2013CITES Joint Work Programme 2015\u20132020"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(title);

		new Label(body, SWT.NONE).setText("&Period:"); //$NON-NLS-1$
		Composite period = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(period);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(period);
		firstYear = ProgrammeFileField.year(period, 2015);
		new Label(period, SWT.NONE).setText("to"); //$NON-NLS-1$
		lastYear = ProgrammeFileField.year(period, 2020);

		new Label(body, SWT.NONE).setText("&File:"); //$NON-NLS-1$
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
			problem = "Period: the programme ends before it starts"; //$NON-NLS-1$
		} else if (problem == null && !isCopyOfDefault() && getProgrammeTitle().isBlank()) {
			problem = "Title: an empty programme needs a title"; //$NON-NLS-1$
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
