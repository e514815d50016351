package org.mea.jwp.ui.internal.wizards;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.observable.value.WritableValue;
import org.eclipse.core.databinding.validation.MultiValidator;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.databinding.wizard.WizardPageSupport;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.mea.jwp.core.exchange.DataFormat;
import org.mea.jwp.ui.ProgrammeSession;

/**
 * The first page of the Import and Export wizards: the open programme, the formats of the
 * {@code DataFormats} registry (plug-ins' included) with the chosen one's description, and a
 * file. The choice is kept in observable values bound to the widgets (JFace data binding); one
 * validator checks format and file, and {@link WizardPageSupport} turns its result into the
 * page's message and completeness.
 */
abstract class DataFormatPage extends WizardPage {

	private final ProgrammeSession session;
	private final List<DataFormat> formats;
	private final WritableValue<DataFormat> format = new WritableValue<>(null, DataFormat.class);
	private final WritableValue<String> file = new WritableValue<>("", String.class); //$NON-NLS-1$
	private DataBindingContext bindings;
	private TableViewer formatViewer;
	private Label description;
	private Text fileField;
	/** Whether the user typed or browsed a file name, which then is no longer replaced by a default. */
	private boolean fileEdited;

	DataFormatPage(String name, ProgrammeSession session, List<DataFormat> formats) {
		super(name);
		this.session = session;
		this.formats = formats;
	}

	/** The label of the file field, e.g. "&Output file:". */
	abstract String fileLabel();

	/** The style of the file dialog: {@link SWT#SAVE} or {@link SWT#OPEN}. */
	abstract int fileDialogStyle();

	/**
	 * What is wrong with the file for this format (an error status), what the user should know
	 * (a warning), or OK. The file is absolute and its name is not empty.
	 */
	abstract IStatus checkFile(DataFormat chosen, Path path);

	/** The file proposed for the format, or null to leave the field as it is. */
	abstract Path defaultFile(DataFormat chosen);

	/** Called after the format or the file changed (the values are already updated). */
	void choiceChanged() {
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);

		new Label(body, SWT.NONE).setText(Messages.DataFormatPage_programme);
		Label programme = new Label(body, SWT.NONE);
		programme.setText(describe(session));
		GridDataFactory.fillDefaults().span(2, 1).applyTo(programme);

		Label formatLabel = new Label(body, SWT.NONE);
		formatLabel.setText(Messages.DataFormatPage_format);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(formatLabel);
		formatViewer = new TableViewer(body, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		formatViewer.setContentProvider(ArrayContentProvider.getInstance());
		formatViewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				DataFormat f = (DataFormat) element;
				return f.name() + "  (*." + String.join(", *.", f.extensions()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		});
		formatViewer.setInput(formats);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true)
				.hint(420, 7 * formatViewer.getTable().getItemHeight())
				.applyTo(formatViewer.getControl());

		new Label(body, SWT.NONE);
		description = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(description);

		new Label(body, SWT.NONE).setText(fileLabel());
		fileField = new Text(body, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(fileField);
		fileField.addListener(SWT.KeyDown, event -> fileEdited = true);
		Button browse = new Button(body, SWT.PUSH);
		browse.setText(Messages.DataFormatPage_browse);
		browse.addListener(SWT.Selection, event -> browse());

		bindings = new DataBindingContext();
		bindings.bindValue(ViewerProperties.singleSelection(DataFormat.class).observe(formatViewer), format);
		bindings.bindValue(WidgetProperties.text(SWT.Modify).observe(fileField), file);
		bindings.addValidationStatusProvider(new MultiValidator() {
			@Override
			protected IStatus validate() {
				return check(format.getValue(), file.getValue());
			}
		});
		format.addValueChangeListener(event -> formatChanged(event.diff.getOldValue(), event.diff.getNewValue()));
		file.addValueChangeListener(event -> choiceChanged());
		WizardPageSupport.create(this, bindings);
		setControl(body);
		if (!formats.isEmpty()) {
			formatViewer.setSelection(new StructuredSelection(formats.get(0)), true);
		}
	}

	private IStatus check(DataFormat chosen, String name) {
		if (session == null) {
			return Status.error(Messages.DataFormatPage_noProgramme);
		}
		if (chosen == null) {
			return Status.error(
					formats.isEmpty() ? Messages.DataFormatPage_noFormats : Messages.DataFormatPage_chooseFormat);
		}
		Path path = toPath(name);
		if (path == null) {
			// the field named as its label says, without mnemonic and colon ("Output file", "Fichier de sortie")
			String field = fileLabel().replace("&", "").replace(":", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			return Status.error(NLS.bind(Messages.DataFormatPage_enterFile, field));
		}
		return checkFile(chosen, path);
	}

	private void formatChanged(DataFormat before, DataFormat now) {
		description.setText(now == null ? "" : now.description()); //$NON-NLS-1$
		description.getParent().layout(true, true);
		if (now != null) {
			Path current = getFile();
			if (!fileEdited || current == null) {
				Path proposed = defaultFile(now);
				if (proposed != null) {
					fileField.setText(proposed.toString());
				}
			} else if (before != null && !now.accepts(current.getFileName().toString())
					&& before.accepts(current.getFileName().toString())) {
				// a name the user gave keeps its stem and gets the new format's extension
				fileField.setText(withExtension(current, now.extensions().get(0)).toString());
			}
		}
		choiceChanged();
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), fileDialogStyle());
		DataFormat chosen = getFormat();
		if (chosen != null) {
			dialog.setFilterExtensions(new String[] { "*." + String.join(";*.", chosen.extensions()), "*" }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			dialog.setFilterNames(new String[] { chosen.name(), Messages.DataFormatPage_allFiles });
		}
		Path current = getFile();
		if (current != null) {
			dialog.setFilterPath(current.getParent() == null ? null : current.getParent().toString());
			dialog.setFileName(current.getFileName().toString());
		}
		String picked = dialog.open();
		if (picked != null) {
			fileEdited = true;
			fileField.setText(picked);
		}
	}

	static Path withExtension(Path path, String extension) {
		String name = path.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		return path.resolveSibling(stem + "." + extension); //$NON-NLS-1$
	}

	/** "Title — file" of the open programme, for the page. */
	static String describe(ProgrammeSession session) {
		if (session == null) {
			return Messages.DataFormatPage_noneOpen;
		}
		String title = session.getProgramme().getTitle();
		return (title == null || title.isBlank() ? Messages.DataFormatPage_untitled : title) + "  \u2014  " //$NON-NLS-1$
				+ (session.getFile() == null ? Messages.DataFormatPage_notSaved : session.getFile().toString());
	}

	/** A file name in the form JWP Workbench gives its files: lower case, words joined by hyphens. */
	static String fileStem(ProgrammeSession session) {
		if (session != null && session.getFile() != null) {
			String name = session.getFile().getFileName().toString();
			return name.toLowerCase(Locale.ROOT).endsWith(".jwp") ? name.substring(0, name.length() - 4) : name; //$NON-NLS-1$
		}
		return "programme"; //$NON-NLS-1$
	}

	private static Path toPath(String text) {
		String stripped = text == null ? "" : text.strip(); //$NON-NLS-1$
		try {
			return stripped.isEmpty() ? null : Path.of(stripped).toAbsolutePath();
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/** The open programme's session, or null when none is open. */
	ProgrammeSession getSession() {
		return session;
	}

	/** The format chosen, or null. */
	DataFormat getFormat() {
		return format.getValue();
	}

	/** The file as an absolute path, or null while the field is empty or not a path. */
	Path getFile() {
		return toPath(file.getValue());
	}

	/** For tests: the list of formats and the file field. */
	TableViewer getFormatViewer() {
		return formatViewer;
	}

	Text getFileField() {
		return fileField;
	}

	@Override
	public void dispose() {
		if (bindings != null) {
			bindings.dispose();
		}
		super.dispose();
	}
}
