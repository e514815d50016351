package org.mea.jwp.ui.internal.editor;

import org.mea.jwp.ui.internal.accessibility.AccessibleNames;
import org.mea.jwp.ui.internal.accessibility.TabLeaves;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.mea.jwp.core.translation.Translations;
import org.mea.jwp.model.Translatable;
import org.mea.jwp.model.Translation;
import org.mea.jwp.ui.ProgrammeSession;

/**
 * The French and Spanish versions of an element's texts, side by side with the English original,
 * in a section of the element's form. Typing in a version makes it, from the original as it is now,
 * one command per pause in typing (an emptied version is removed); a version whose original changed
 * since it was made is marked outdated, and "Still right" confirms it without retyping it.
 */
final class TranslationFields {

	private final FormToolkit toolkit;
	private final ProgrammeSession session;
	private final List<Row> rows = new ArrayList<>();
	private final CommandStackListener modelChanged = event -> refresh();
	private Section section;
	private Translatable element;
	private boolean updating;

	TranslationFields(FormToolkit toolkit, ProgrammeSession session) {
		this.toolkit = toolkit;
		this.session = session;
	}

	/** The texts of {@code eClass} that have versions in other languages (none: no section). */
	static List<EAttribute> attributes(EClass eClass) {
		return Translations.TRANSLATABLE.stream().filter(a -> a.getEContainingClass().isSuperTypeOf(eClass)).toList();
	}

	/** Creates the section in {@code parent} (a one-column grid) for elements of {@code eClass}. */
	void createContents(Composite parent, EClass eClass) {
		section = toolkit.createSection(parent, ExpandableComposite.TITLE_BAR | ExpandableComposite.TWISTIE
				| ExpandableComposite.EXPANDED | Section.DESCRIPTION);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
		section.setText(Messages.TranslationFields_title);
		section.setDescription(Messages.TranslationFields_description);
		Composite client = toolkit.createComposite(section);
		int columns = 1 + Translations.LANGUAGES.size();
		GridLayoutFactory.fillDefaults().numColumns(columns).equalWidth(true).margins(2, 2).spacing(8, 2)
				.applyTo(client);
		section.setClient(client);
		toolkit.createLabel(client, Messages.TranslationFields_original).setFont(boldFont(client));
		for (String language : Translations.LANGUAGES) {
			toolkit.createLabel(client, org.mea.jwp.ui.internal.views.Formats.languageName(language))
					.setFont(boldFont(client));
		}
		EObject prototype = EcoreUtil.create(eClass);
		IItemPropertySource source = (IItemPropertySource) session.getAdapterFactory().adapt(prototype,
				IItemPropertySource.class);
		for (EAttribute attribute : attributes(eClass)) {
			IItemPropertyDescriptor descriptor = source == null ? null
					: source.getPropertyDescriptor(prototype, attribute);
			String name = descriptor == null ? attribute.getName() : descriptor.getDisplayName(prototype);
			Label heading = toolkit.createLabel(client, NLS.bind(Messages.TranslationFields_fieldLabel, name));
			GridDataFactory.fillDefaults().span(columns, 1).indent(0, 6).applyTo(heading);
			boolean longText = ElementForm.isLong(attribute);
			Text original = toolkit.createText(client, "", //$NON-NLS-1$
					SWT.READ_ONLY | (longText ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
			GridDataFactory.fillDefaults().grab(true, false).hint(120, longText ? 70 : SWT.DEFAULT).applyTo(original);
			TabLeaves.install(original);
			List<Version> versions = new ArrayList<>();
			for (String language : Translations.LANGUAGES) {
				Text text = toolkit.createText(client, "", longText ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE); //$NON-NLS-1$
				TabLeaves.install(text);
				GridDataFactory.fillDefaults().grab(true, false).hint(120, longText ? 70 : SWT.DEFAULT).applyTo(text);
				text.setData(TRANSLATED, attribute.getName());
				text.setData(LANGUAGE, language);
				AccessibleNames.name(text,
						name + " (" + org.mea.jwp.ui.internal.views.Formats.languageName(language) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
				versions.add(new Version(attribute, language, text));
			}
			// the line under the versions: outdated marks and their "Still right" links
			toolkit.createLabel(client, ""); //$NON-NLS-1$
			for (Version version : versions) {
				Composite state = toolkit.createComposite(client);
				GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 0).applyTo(state);
				GridDataFactory.fillDefaults().grab(true, false).applyTo(state);
				version.state = toolkit.createLabel(state, ""); //$NON-NLS-1$
				version.state.setForeground(client.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
				version.confirm = toolkit.createHyperlink(state, Messages.TranslationFields_stillRight, SWT.NONE);
				version.confirm.setToolTipText(Messages.TranslationFields_stillRightTip);
				version.confirm.addHyperlinkListener(new HyperlinkAdapter() {
					@Override
					public void linkActivated(HyperlinkEvent event) {
						version.commit(true);
					}
				});
			}
			rows.add(new Row(attribute, original, versions));
		}
		toolkit.paintBordersFor(client);
		session.getCommandStack().addCommandStackListener(modelChanged);
		section.addDisposeListener(event -> session.getCommandStack().removeCommandStackListener(modelChanged));
	}

	private static org.eclipse.swt.graphics.Font boldFont(Composite parent) {
		return org.eclipse.jface.resource.JFaceResources.getFontRegistry()
				.getBold(org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT);
	}

	/** Shows the versions of {@code object}'s texts (null: none). */
	void show(EObject object) {
		element = object instanceof Translatable translatable ? translatable : null;
		refresh();
	}

	private void refresh() {
		if (section == null || section.isDisposed()) {
			return;
		}
		updating = true;
		try {
			for (Row row : rows) {
				String original = element == null ? "" : (String) element.eGet(row.attribute()); //$NON-NLS-1$
				setText(row.original(), original == null ? "" : original); //$NON-NLS-1$
				for (Version version : row.versions()) {
					version.refresh();
				}
			}
		} finally {
			updating = false;
		}
		section.layout(true, true);
	}

	/** Sets a field's text only when it differs: setting it again would move the caret of someone typing. */
	private static void setText(Text text, String value) {
		if (!text.getText().equals(value)) {
			text.setText(value);
		}
	}

	/** A text of the element: its original and its versions. */
	private record Row(EAttribute attribute, Text original, List<Version> versions) {
	}

	/** Keys of a version field's data: the feature it translates and its language, for tests and plug-ins that look fields up. */
	static final String TRANSLATED = "org.mea.jwp.translated", LANGUAGE = "org.mea.jwp.language"; //$NON-NLS-1$ //$NON-NLS-2$

	/** One language's version of a text: its field, its state line and its "Still right" link. */
	private final class Version {
		private final EAttribute attribute;
		private final String language;
		private final Text text;
		private Label state;
		private Hyperlink confirm;
		private boolean pending;

		Version(EAttribute attribute, String language, Text text) {
			this.attribute = attribute;
			this.language = language;
			this.text = text;
			text.addModifyListener(event -> typed());
			text.addListener(SWT.FocusOut, event -> commit(false));
		}

		private void typed() {
			if (updating || pending) {
				return;
			}
			pending = true;
			text.getDisplay().timerExec(ElementForm.TYPING_DELAY, () -> commit(false));
		}

		/** Makes the field's text this language's version; {@code confirm}: even when unchanged. */
		void commit(boolean confirm) {
			pending = false;
			if (text.isDisposed() || element == null) {
				return;
			}
			Translation existing = Translations.find(element, attribute, language);
			String current = existing == null || existing.getText() == null ? "" : existing.getText(); //$NON-NLS-1$
			String typed = text.getText().strip();
			if (typed.equals(current.strip()) && !(confirm && existing != null && Translations.isOutdated(existing))) {
				return;
			}
			session.getCommandStack()
					.execute(Translations.set(session.getEditingDomain(), element, attribute, language, typed));
		}

		void refresh() {
			Translation translation = element == null ? null : Translations.find(element, attribute, language);
			if (!pending) {
				setText(text, translation == null || translation.getText() == null ? "" : translation.getText()); //$NON-NLS-1$
			}
			text.setEditable(element != null);
			boolean outdated = translation != null && Translations.isOutdated(translation);
			// short, so that "Still right" fits beside it; the original it was made from is in the tooltip
			state.setText(outdated ? Messages.TranslationFields_outdated : ""); //$NON-NLS-1$
			String madeFrom = outdated ? NLS.bind(Messages.TranslationFields_outdatedTip,
					translation.getOriginal() == null ? "" : translation.getOriginal().strip()) : null; //$NON-NLS-1$
			state.setToolTipText(madeFrom);
			text.setToolTipText(madeFrom);
			confirm.setVisible(outdated);
			state.getParent().layout(true);
		}
	}
}
