package org.mea.jwp.ui.internal.wizards;

import org.mea.jwp.ui.internal.accessibility.AccessibleNames;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
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
		browse.setText(Messages.ProgrammeFileField_browse);
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
			return Messages.ProgrammeFileField_missing;
		} else if (!chosen.getFileName().toString().endsWith(".jwp")) { //$NON-NLS-1$
			return Messages.ProgrammeFileField_extension;
		} else if (Files.exists(chosen)) {
			return NLS.bind(Messages.ProgrammeFileField_exists, chosen);
		} else if (chosen.getParent() != null && !Files.isDirectory(chosen.getParent())) {
			return NLS.bind(Messages.ProgrammeFileField_noFolder, chosen.getParent());
		}
		return null;
	}

	/** A year of a programme's period, the first or the last (named so for screen readers). */
	static Spinner year(Composite parent, int value, boolean first) {
		Spinner spinner = new Spinner(parent, SWT.BORDER);
		spinner.setValues(value, 1970, 2100, 0, 1, 5);
		AccessibleNames.name(spinner,
				first ? Messages.ProgrammeFileField_firstYear : Messages.ProgrammeFileField_lastYear);
		return spinner;
	}
}
