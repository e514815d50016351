package org.mea.jwp.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
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
		firstYear = year(period, 2015);
		new Label(period, SWT.NONE).setText("to"); //$NON-NLS-1$
		lastYear = year(period, 2020);

		new Label(body, SWT.NONE).setText("&File:"); //$NON-NLS-1$
		file = new Text(body, SWT.BORDER);
		file.setText(Path.of(System.getProperty("user.home"), "work-programme.jwp").toString()); //$NON-NLS-1$ //$NON-NLS-2$
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(file);
		Button browse = new Button(body, SWT.PUSH);
		browse.setText("&Browse\u2026"); //$NON-NLS-1$
		browse.addListener(SWT.Selection, event -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
			dialog.setFilterExtensions(new String[] { "*.jwp" }); //$NON-NLS-1$
			dialog.setFileName(getFile() == null ? "work-programme.jwp" : getFile().getFileName().toString()); //$NON-NLS-1$
			String chosen = dialog.open();
			if (chosen != null) {
				file.setText(chosen.contains(".") ? chosen : chosen + ".jwp"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		});
		for (var control : new org.eclipse.swt.widgets.Control[] { title, file, firstYear, lastYear }) {
			control.addListener(SWT.Modify, event -> validate());
		}
		empty.addListener(SWT.Selection, event -> validate());
		copy.addListener(SWT.Selection, event -> validate());
		setControl(body);
		validate();
	}

	private static Spinner year(Composite parent, int value) {
		Spinner spinner = new Spinner(parent, SWT.BORDER);
		spinner.setValues(value, 1970, 2100, 0, 1, 5);
		return spinner;
	}

	/** Says what is missing or wrong, naming the field; Finish is enabled only when all is well. */
	private void validate() {
		String problem = null;
		Path chosen = getFile();
		if (chosen == null) {
			problem = "File: enter where to save the programme (a .jwp file)"; //$NON-NLS-1$
		} else if (!chosen.getFileName().toString().endsWith(".jwp")) { //$NON-NLS-1$
			problem = "File: the name must end with .jwp"; //$NON-NLS-1$
		} else if (Files.exists(chosen)) {
			problem = "File: " + chosen + " already exists; choose another name"; //$NON-NLS-1$ //$NON-NLS-2$
		} else if (chosen.getParent() != null && !Files.isDirectory(chosen.getParent())) {
			problem = "File: the folder " + chosen.getParent() + " does not exist"; //$NON-NLS-1$ //$NON-NLS-2$
		} else if (!isCopyOfDefault() && getLastYear() < getFirstYear()) {
			problem = "Period: the programme ends before it starts"; //$NON-NLS-1$
		} else if (!isCopyOfDefault() && getProgrammeTitle().isBlank()) {
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
		String text = file.getText().strip();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Path.of(text).toAbsolutePath();
		} catch (java.nio.file.InvalidPathException e) {
			return null;
		}
	}

	/** The fields, for tests. */
	Text getFileField() {
		return file;
	}

	Text getTitleField() {
		return title;
	}
}
