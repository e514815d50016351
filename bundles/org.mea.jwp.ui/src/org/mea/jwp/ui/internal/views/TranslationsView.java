package org.mea.jwp.ui.internal.views;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;

import javax.xml.stream.XMLStreamException;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.mea.jwp.core.translation.Translations;
import org.mea.jwp.core.translation.Translations.Missing;
import org.mea.jwp.core.translation.Xliff;
import org.mea.jwp.core.validation.Labels;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.internal.actions.NativeFileDialogs;

/**
 * Translations: for French or Spanish, every text of the programme that has no up-to-date version
 * in that language, missing or outdated (its English original changed since it was translated), in
 * document order. A version is typed in the table's last column (one undoable command; the row then
 * leaves the list); double-click goes to the element, whose form shows all its versions side by
 * side. The toolbar exchanges the list with translators as XLIFF.
 */
public class TranslationsView extends ViewPart {

	/** View id. */
	public static final String ID = "org.mea.jwp.ui.views.translations"; //$NON-NLS-1$

	private Combo language;
	private Label summary;
	private TableViewer table;
	private ModelFollower follower;
	/*
	 * Adding or changing a translation notifies no item provider (translations are not children or
	 * properties in the tree), so the list also follows the command stack: every command, undo and redo.
	 */
	private ProgrammeSession listened;
	private final org.eclipse.emf.common.command.CommandStackListener commands = event -> {
		if (!table.getControl().isDisposed()) {
			table.getControl().getDisplay().asyncExec(this::refresh);
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(body);
		Composite bar = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText(Messages.TranslationsView_language);
		language = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		for (String code : Translations.LANGUAGES) {
			language.add(Formats.languageName(code));
		}
		language.select(0);
		summary = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).indent(12, 0).applyTo(summary);

		table = new TableViewer(body, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		TextColumns.add(table, Missing.class, Messages.TranslationsView_columnElement, 190,
				m -> Labels.of(m.element()));
		TextColumns.add(table, Missing.class, Messages.TranslationsView_columnText, 120,
				m -> featureName(m.element(), m.attribute()));
		TextColumns.add(table, Messages.TranslationsView_columnState, 90, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Missing) element).outdated() == null ? Messages.TranslationsView_stateMissing
						: Messages.TranslationsView_stateOutdated;
			}

			@Override
			public Color getForeground(Object element) {
				return ((Missing) element).outdated() == null ? null
						: table.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
			}
		});
		TextColumns.add(table, Missing.class, Messages.TranslationsView_columnOriginal, 420,
				m -> oneLine(m.original()));
		TableViewerColumn version = TextColumns.add(table, Missing.class, Messages.TranslationsView_columnVersion, 320,
				m -> m.outdated() == null || m.outdated().getText() == null ? "" : oneLine(m.outdated().getText())); //$NON-NLS-1$
		version.setEditingSupport(new VersionEditing());
		// a double-click goes to the element; the version cell is edited with F2 or Enter
		TableViewerEditor.create(table, new ColumnViewerEditorActivationStrategy(table) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
						|| event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
								&& (event.keyCode == SWT.F2 || event.keyCode == SWT.CR);
			}
		}, ColumnViewerEditor.KEYBOARD_ACTIVATION | ColumnViewerEditor.TABBING_VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
		table.addDoubleClickListener(event -> {
			Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (first instanceof Missing missing) {
				Reveal.element(getSite().getPage(), missing.element());
			}
		});
		language.addListener(SWT.Selection, event -> refresh());
		getSite().setSelectionProvider(table);
		contributeActions(getViewSite().getActionBars().getToolBarManager());
		follower = ModelFollower.follow(body, this::sessionChanged, this::refresh);
		body.addDisposeListener(event -> sessionChanged(null));
	}

	private void sessionChanged(ProgrammeSession session) {
		if (listened != null) {
			listened.getCommandStack().removeCommandStackListener(commands);
		}
		listened = session;
		if (session != null) {
			session.getCommandStack().addCommandStackListener(commands);
		}
		if (!table.getControl().isDisposed()) {
			refresh();
		}
	}

	private void contributeActions(IToolBarManager toolBar) {
		Action export = new Action(Messages.TranslationsView_export) {
			@Override
			public void run() {
				exportXliff();
			}
		};
		export.setToolTipText(Messages.TranslationsView_exportTip);
		export.setImageDescriptor(
				PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT));
		Action importing = new Action(Messages.TranslationsView_import) {
			@Override
			public void run() {
				importXliff();
			}
		};
		importing.setToolTipText(Messages.TranslationsView_importTip);
		importing.setImageDescriptor(
				PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_OBJ_FILE));
		toolBar.add(export);
		toolBar.add(importing);
		getViewSite().getActionBars().getMenuManager().add(export);
		getViewSite().getActionBars().getMenuManager().add(importing);
	}

	/** The language chosen, {@code fr} or {@code es}. */
	String language() {
		return Translations.LANGUAGES.get(Math.max(0, language.getSelectionIndex()));
	}

	/** Chooses the language shown (for tests). */
	void setLanguage(String code) {
		language.select(Translations.LANGUAGES.indexOf(code));
		refresh();
	}

	private void refresh() {
		ProgrammeSession session = follower == null ? null : follower.session();
		if (session == null || table.getControl().isDisposed()) {
			table.setInput(new Object[0]);
			summary.setText(Messages.TranslationsView_noProgramme);
			return;
		}
		List<Missing> missing = Translations.missing(session.getProgramme(), language());
		table.setInput(missing);
		long outdated = missing.stream().filter(m -> m.outdated() != null).count();
		summary.setText(missing.isEmpty()
				? NLS.bind(Messages.TranslationsView_allTranslated, Formats.languageInSentence(language()))
				: NLS.bind(Messages.TranslationsView_summary,
						new Object[] { Formats.count(missing.size()), Formats.languageInSentence(language()),
								Formats.count(outdated) }));
		summary.getParent().layout(true);
	}

	private String featureName(EObject element, EAttribute attribute) {
		ProgrammeSession session = follower.session();
		IItemPropertySource source = session == null ? null
				: (IItemPropertySource) session.getAdapterFactory().adapt(element, IItemPropertySource.class);
		IItemPropertyDescriptor descriptor = source == null ? null : source.getPropertyDescriptor(element, attribute);
		return descriptor == null ? attribute.getName() : descriptor.getDisplayName(element);
	}

	private static String oneLine(String text) {
		String line = text == null ? "" : text.strip().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return line.length() > 200 ? line.substring(0, 200) + "\u2026" : line; //$NON-NLS-1$
	}

	/** Writes the list of the language chosen as XLIFF 1.2, to a file the user picks. */
	void exportXliff() {
		ProgrammeSession session = follower.session();
		if (session == null) {
			return;
		}
		String code = language();
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText(NLS.bind(Messages.TranslationsView_exportTitle, Formats.languageInSentence(code)));
		dialog.setFilterExtensions(new String[] { "*.xlf;*.xliff", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		Path file = session.getFile();
		String stem = file == null ? "programme" : file.getFileName().toString().replaceFirst("\\.jwp$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		dialog.setFileName(stem + "-" + code + ".xlf"); //$NON-NLS-1$ //$NON-NLS-2$
		if (file != null && file.getParent() != null) {
			dialog.setFilterPath(file.getParent().toString());
		}
		dialog.setOverwrite(true);
		String chosen = NativeFileDialogs.open.apply(dialog);
		if (chosen == null) {
			return;
		}
		Path target = Path.of(chosen);
		Path partial = target.resolveSibling(target.getFileName() + ".part"); //$NON-NLS-1$
		try {
			int units;
			// written beside and then moved, so that a failure never leaves half a file under the name chosen
			try (OutputStream out = Files.newOutputStream(partial)) {
				units = Xliff.write(session.getProgramme(), code, out);
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
			setContentDescription(
					NLS.bind(Messages.TranslationsView_exported, Formats.count(units), target.getFileName()));
		} catch (IOException | XMLStreamException e) {
			try {
				Files.deleteIfExists(partial);
			} catch (IOException ignored) {
				// the message below says what went wrong
			}
			MessageDialog.openError(getSite().getShell(), Messages.TranslationsView_exportFailedTitle,
					NLS.bind(Messages.TranslationsView_exportFailed, target, e.getMessage()));
		}
	}

	/**
	 * Reads a translated XLIFF file the user picks into the programme as one undoable command. A
	 * file that cannot be read changes nothing; units that cannot be taken are listed with their
	 * lines, and the user decides whether the others are taken.
	 */
	void importXliff() {
		ProgrammeSession session = follower.session();
		if (session == null) {
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
		dialog.setText(Messages.TranslationsView_importTitle);
		dialog.setFilterExtensions(new String[] { "*.xlf;*.xliff", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		if (session.getFile() != null && session.getFile().getParent() != null) {
			dialog.setFilterPath(session.getFile().getParent().toString());
		}
		String chosen = NativeFileDialogs.open.apply(dialog);
		if (chosen == null) {
			return;
		}
		Path source = Path.of(chosen);
		Xliff.Reading reading;
		try (InputStream in = Files.newInputStream(source)) {
			reading = Xliff.read(session.getProgramme(), in);
		} catch (IOException | Xliff.XliffException e) {
			MessageDialog.openError(getSite().getShell(), Messages.TranslationsView_importFailedTitle,
					NLS.bind(Messages.TranslationsView_importFailed, source.getFileName(), e.getMessage()));
			return;
		}
		if (!reading.problems().isEmpty()) {
			String problems = reading.problems().stream().limit(20)
					.map(p -> NLS.bind(Messages.TranslationsView_problemLine, p.line(), p.message()))
					.collect(Collectors.joining("\n")); //$NON-NLS-1$
			if (reading.problems().size() > 20) {
				problems += "\n" + NLS.bind(Messages.TranslationsView_moreProblems, //$NON-NLS-1$
						Formats.count(reading.problems().size() - 20));
			}
			if (reading.units().isEmpty()) {
				MessageDialog.openError(getSite().getShell(), Messages.TranslationsView_importFailedTitle,
						NLS.bind(Messages.TranslationsView_nothingToTake, source.getFileName(), problems));
				return;
			}
			if (!MessageDialog.openQuestion(getSite().getShell(), Messages.TranslationsView_importProblemsTitle,
					NLS.bind(Messages.TranslationsView_importProblems, new Object[] { source.getFileName(),
							Formats.count(reading.problems().size()), problems,
							Formats.count(reading.units().size()) }))) {
				return;
			}
		}
		Command command = reading.command(session.getEditingDomain());
		if (!reading.units().isEmpty()) {
			session.getCommandStack().execute(command);
		}
		setLanguage(reading.language());
		setContentDescription(
				NLS.bind(Messages.TranslationsView_imported, new Object[] { Formats.count(reading.units().size()),
						Formats.languageInSentence(reading.language()), source.getFileName() }));
	}

	/** The rows shown, for tests. */
	@SuppressWarnings("unchecked")
	List<Missing> getRows() {
		return table.getInput() instanceof List<?> list ? (List<Missing>) list : List.of();
	}

	String getSummary() {
		return summary.getText();
	}

	TableViewer getTable() {
		return table;
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	/** Typing a version in the last column: the translation of the row's text, as one command. */
	private final class VersionEditing extends EditingSupport {

		VersionEditing() {
			super(table);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return new TextCellEditor(table.getTable());
		}

		@Override
		protected boolean canEdit(Object element) {
			return follower.session() != null;
		}

		@Override
		protected Object getValue(Object element) {
			Missing missing = (Missing) element;
			return missing.outdated() == null || missing.outdated().getText() == null ? "" //$NON-NLS-1$
					: missing.outdated().getText();
		}

		@Override
		protected void setValue(Object element, Object value) {
			Missing missing = (Missing) element;
			String text = value == null ? "" : value.toString().strip(); //$NON-NLS-1$
			if (text.isEmpty()) {
				return;
			}
			// the same text again confirms an outdated version: it is now made from the current original
			ProgrammeSession session = follower.session();
			session.getCommandStack().execute(
					Translations.set(session.getEditingDomain(), missing.element(), missing.attribute(), language(),
							text));
		}
	}
}
