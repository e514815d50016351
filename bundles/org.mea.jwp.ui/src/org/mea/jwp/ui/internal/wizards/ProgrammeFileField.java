package org.mea.jwp.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.mea.jwp.ui.internal.actions.NativeFileDialogs;

/**
 * What the wizards that write a new programme file share: the file field with its Browse button,
 * what it holds as a path, what is wrong with it, and a year spinner for the period.
 */
final class ProgrammeFileField {

	private ProgrammeFileField() {
	}

	/** A Browse... button that puts the .jwp file chosen in {@code file}. */
	static Button browse(Composite parent, Text file, String suggestedName) {
		Button browse = new Button(parent, SWT.PUSH);
		browse.setText("&Browse\u2026"); //$NON-NLS-1$
		browse.addListener(SWT.Selection, event -> {
			FileDialog dialog = new FileDialog(parent.getShell(), SWT.SAVE);
			dialog.setFilterExtensions(new String[] { "*.jwp" }); //$NON-NLS-1$
			Path current = path(file);
			dialog.setFileName(current == null ? suggestedName : current.getFileName().toString());
			String chosen = NativeFileDialogs.open.apply(dialog);
			if (chosen != null) {
				file.setText(chosen.contains(".") ? chosen : chosen + ".jwp"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		});
		return browse;
	}

	/** The absolute path typed in {@code file}; null when it is empty or not a path. */
	static Path path(Text file) {
		String text = file.getText().strip();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Path.of(text).toAbsolutePath();
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/** What is wrong with {@code chosen} as a new programme file, naming the field; null when nothing is. */
	static String problem(Path chosen) {
		if (chosen == null) {
			return "File: enter where to save the programme (a .jwp file)"; //$NON-NLS-1$
		} else if (!chosen.getFileName().toString().endsWith(".jwp")) { //$NON-NLS-1$
			return "File: the name must end with .jwp"; //$NON-NLS-1$
		} else if (Files.exists(chosen)) {
			return "File: " + chosen + " already exists; choose another name"; //$NON-NLS-1$ //$NON-NLS-2$
		} else if (chosen.getParent() != null && !Files.isDirectory(chosen.getParent())) {
			return "File: the folder " + chosen.getParent() + " does not exist"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return null;
	}

	/** A year of a programme's period. */
	static Spinner year(Composite parent, int value) {
		Spinner spinner = new Spinner(parent, SWT.BORDER);
		spinner.setValues(value, 1970, 2100, 0, 1, 5);
		return spinner;
	}
}
