package org.mea.jwp.ui.internal.editor;

import org.mea.jwp.ui.internal.accessibility.AccessibleNames;
import org.mea.jwp.ui.internal.accessibility.TabLeaves;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.validation.ValidationStatus;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.databinding.fieldassist.ControlDecorationSupport;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.emf.common.util.Enumerator;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.ui.Findings;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.internal.views.Formats;

/**
 * The fields of one kind of element (an {@link EClass}) in a form, bound with EMF.Edit data
 * binding to whichever element the master observable holds: text for strings, validated text for
 * numbers and dates, a combo for enumerations, a check box for booleans, pickers for references,
 * and the timeframe editor for an activity's timeframe. Every edit is a command on the session's
 * command stack. Contained elements (sub-items, progress entries…) are edited in the tree, not
 * here. Findings of the last validation are shown on and under the field concerned.
 */
final class ElementForm {

	/** Features edited as several lines of text. */
	private static final Set<String> LONG_TEXT = Set.of("text", "background", "closingStatement", "introduction", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"closingText", "narrative", "quotation", "continuation", "note", "notes", "description", "summary"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

	/** Typing is turned into a command after this pause (and at once when the field loses the focus). */
	static final int TYPING_DELAY = 400;

	private final FormToolkit toolkit;
	private final ProgrammeSession session;
	private final IObservableValue<EObject> master;
	private final DataBindingContext bindings;
	private final List<Field> fields = new ArrayList<>();

	ElementForm(FormToolkit toolkit, ProgrammeSession session, IObservableValue<EObject> master,
			DataBindingContext bindings) {
		this.toolkit = toolkit;
		this.session = session;
		this.master = master;
		this.bindings = bindings;
	}

	/** The features of {@code eClass} a form shows, in the order of the metamodel. */
	static List<EStructuralFeature> editableFeatures(EClass eClass) {
		List<EStructuralFeature> features = new ArrayList<>();
		for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient() || !feature.isChangeable()) {
				continue;
			}
			if (feature instanceof EReference reference && reference.isContainment()
					&& reference != JwpPackage.Literals.ACTIVITY__TIMEFRAME) {
				continue;
			}
			features.add(feature);
		}
		return features;
	}

	/** Creates label, control and message line of each feature in {@code parent} (a two-column grid). */
	void createFields(Composite parent, EClass eClass, List<EStructuralFeature> features) {
		EObject prototype = EcoreUtil.create(eClass);
		IItemPropertySource source = (IItemPropertySource) session.getAdapterFactory().adapt(prototype,
				IItemPropertySource.class);
		for (EStructuralFeature feature : features) {
			IItemPropertyDescriptor descriptor = source == null ? null
					: source.getPropertyDescriptor(prototype, feature);
			String name = descriptor != null ? descriptor.getDisplayName(prototype)
					: org.mea.jwp.ui.internal.views.Formats.featureName(feature) != null
							? org.mea.jwp.ui.internal.views.Formats.featureName(feature)
							: Character.toUpperCase(feature.getName().charAt(0)) + feature.getName().substring(1);
			Label label = toolkit.createLabel(parent, NLS.bind(Messages.ElementForm_fieldLabel, name));
			if (descriptor != null && descriptor.getDescription(prototype) != null) {
				label.setToolTipText(descriptor.getDescription(prototype));
			}
			Control control = createControl(parent, feature, name);
			if (isFrozen(eClass)) {
				freeze(control);
			}
			GridDataFactory.fillDefaults().align(SWT.FILL, isLong(feature) || feature.isMany() ? SWT.TOP : SWT.CENTER)
					.applyTo(label);
			control.setData(FieldKeys.FEATURE, feature.getName());
			Label message = toolkit.createLabel(parent, "", SWT.WRAP); //$NON-NLS-1$
			message.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(200, SWT.DEFAULT).indent(0, -2)
					.exclude(true)
					.applyTo(message);
			message.setVisible(false);
			fields.add(new Field(feature, control, message));
		}
	}

	/** A recorded baseline and its entries are shown, never edited (the item providers refuse it too). */
	static boolean isFrozen(EClass eClass) {
		return eClass == JwpPackage.Literals.BASELINE || eClass == JwpPackage.Literals.BASELINE_ENTRY;
	}

	private static void freeze(Control control) {
		if (control instanceof Text text) {
			text.setEditable(false);
		} else {
			control.setEnabled(false);
		}
	}

	static boolean isLong(EStructuralFeature feature) {
		return feature.getEType() == EcorePackage.Literals.ESTRING && LONG_TEXT.contains(feature.getName());
	}

	private Control createControl(Composite parent, EStructuralFeature feature, String name) {
		if (feature == JwpPackage.Literals.ACTIVITY__TIMEFRAME) {
			TimeframeField timeframe = new TimeframeField(toolkit, parent, session, master);
			AccessibleNames.name(timeframe.getText(), name);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(timeframe.getControl());
			return timeframe.getControl();
		}
		if (feature.isMany() || feature instanceof EReference) {
			ReferenceField reference = new ReferenceField(toolkit, parent, session, master, feature, name);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(reference.getControl());
			return reference.getControl();
		}
		EAttribute attribute = (EAttribute) feature;
		if (attribute.getEType() instanceof EEnum eEnum) {
			return enumCombo(parent, attribute, eEnum);
		}
		Class<?> type = attribute.getEType().getInstanceClass();
		if (type == boolean.class || type == Boolean.class) {
			Button check = toolkit.createButton(parent, "", SWT.CHECK); //$NON-NLS-1$
			AccessibleNames.name(check, name); // the label beside it names only fields, not check boxes
			bindings.bindValue(WidgetProperties.buttonSelection().observe(check),
					EMFEditProperties.value(session.getEditingDomain(), attribute).observeDetail(master));
			return check;
		}
		return text(parent, attribute);
	}

	private Control enumCombo(Composite parent, EAttribute attribute, EEnum eEnum) {
		ComboViewer combo = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(combo.getCombo());
		combo.setContentProvider(ArrayContentProvider.getInstance());
		combo.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof Enumerator literal ? Formats.literal(literal) : super.getText(element);
			}
		});
		combo.setInput(eEnum.getELiterals().stream().map(literal -> literal.getInstance()).toArray());
		bindings.bindValue(ViewerProperties.singleSelection().observe(combo),
				EMFEditProperties.value(session.getEditingDomain(), attribute).observeDetail(master));
		GridDataFactory.fillDefaults().applyTo(combo.getControl());
		return combo.getControl();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private Control text(Composite parent, EAttribute attribute) {
		boolean longText = isLong(attribute);
		Text text = toolkit.createText(parent, "", longText ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE); //$NON-NLS-1$
		TabLeaves.install(text);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, longText ? 80 : SWT.DEFAULT).applyTo(text);
		IObservableValue target = WidgetProperties.text(SWT.Modify).observeDelayed(TYPING_DELAY, text);
		IObservableValue model = EMFEditProperties.value(session.getEditingDomain(), attribute).observeDetail(master);
		if (attribute.getEType() == EcorePackage.Literals.ESTRING) {
			// an emptied field means "no value", not the empty string
			org.eclipse.core.databinding.conversion.IConverter<String, String> blankToNull = org.eclipse.core.databinding.conversion.IConverter
					.create(String.class, String.class, s -> s == null || s.isEmpty() ? null : s);
			bindings.bindValue(target, model, UpdateValueStrategy.create(blankToNull), null);
			return text;
		}
		EDataType type = attribute.getEAttributeType();
		UpdateValueStrategy toModel = new UpdateValueStrategy();
		toModel.setAfterGetValidator(value -> {
			try {
				convert(type, (String) value);
				return ValidationStatus.ok();
			} catch (RuntimeException e) {
				return ValidationStatus
						.error(NLS.bind("LocalDate".equals(type.getName()) ? Messages.ElementForm_invalidDate //$NON-NLS-1$
								: Messages.ElementForm_invalidValue, value, type.getName()));
			}
		});
		toModel.setConverter(org.eclipse.core.databinding.conversion.IConverter.create(String.class, Object.class,
				value -> convert(type, (String) value)));
		UpdateValueStrategy toTarget = UpdateValueStrategy.create(org.eclipse.core.databinding.conversion.IConverter
				.create(Object.class, String.class,
						value -> value == null ? "" : EcoreUtil.convertToString(type, value))); //$NON-NLS-1$
		ControlDecorationSupport.create(bindings.bindValue(target, model, toModel, toTarget), SWT.TOP | SWT.LEFT);
		return text;
	}

	private static Object convert(EDataType type, String value) {
		return value == null || value.isBlank() ? null : EcoreUtil.createFromString(type, value.strip());
	}

	/**
	 * Shows the findings about {@code element} on its fields: decorations through the form's
	 * message manager (which also sums them up in the form's header) and the message under the
	 * field.
	 */
	void showFindings(EObject element, Findings findings, IMessageManager messages) {
		messages.setAutoUpdate(false);
		try {
			for (Field field : fields) {
				messages.removeMessages(field.control());
				List<Diagnostic> about = element == null || field.control().isDisposed() ? List.of()
						: findings.on(element, field.feature());
				StringBuilder text = new StringBuilder();
				for (Diagnostic finding : about) {
					int type = finding.getSeverity() >= Diagnostic.ERROR ? IMessageProvider.ERROR
							: IMessageProvider.WARNING;
					messages.addMessage(finding, finding.getMessage(), null, type, field.control());
					text.append(text.isEmpty() ? "" : "\n").append(finding.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
				}
				field.showMessage(text.toString());
			}
		} finally {
			messages.setAutoUpdate(true);
		}
	}

	/** A field: the feature, its control and the line under it for findings. */
	private record Field(EStructuralFeature feature, Control control, Label message) {

		void showMessage(String text) {
			if (message.isDisposed()) {
				return;
			}
			boolean show = !text.isEmpty();
			message.setText(text);
			message.setVisible(show);
			((org.eclipse.swt.layout.GridData) message.getLayoutData()).exclude = !show;
		}
	}

	/** Keys of the data the fields carry, for tests and plug-ins that look fields up. */
	static final class FieldKeys {
		/** The name of the feature a control edits. */
		static final String FEATURE = "org.mea.jwp.feature"; //$NON-NLS-1$

		private FieldKeys() {
		}
	}
}
