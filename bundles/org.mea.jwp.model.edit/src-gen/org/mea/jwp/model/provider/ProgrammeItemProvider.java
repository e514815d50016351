/**
 * Generated from jwp.ecore by EMF; regenerate with ./mvnw -q -f releng/org.mea.jwp.codegen exec:java
 */
package org.mea.jwp.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Programme;

/**
 * This is the item provider adapter for a {@link org.mea.jwp.model.Programme} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ProgrammeItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProgrammeItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addTitlePropertyDescriptor(object);
			addFormatVersionPropertyDescriptor(object);
			addPeriodStartPropertyDescriptor(object);
			addPeriodEndPropertyDescriptor(object);
			addDocumentSymbolPropertyDescriptor(object);
			addDocumentTitlePropertyDescriptor(object);
			addAnnexTitlePropertyDescriptor(object);
			addBackgroundPropertyDescriptor(object);
			addPredecessorPropertyDescriptor(object);
			addSuccessorPropertyDescriptor(object);
			addClosingStatementPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Title feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTitlePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Programme_title_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Programme_title_feature", "_UI_Programme_type"),
				 JwpPackage.Literals.PROGRAMME__TITLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Format Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFormatVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Programme_formatVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Programme_formatVersion_feature", "_UI_Programme_type"),
				 JwpPackage.Literals.PROGRAMME__FORMAT_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Period Start feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPeriodStartPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Programme_periodStart_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Programme_periodStart_feature", "_UI_Programme_type"),
				 JwpPackage.Literals.PROGRAMME__PERIOD_START,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Period End feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPeriodEndPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Programme_periodEnd_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Programme_periodEnd_feature", "_UI_Programme_type"),
				 JwpPackage.Literals.PROGRAMME__PERIOD_END,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Document Symbol feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDocumentSymbolPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Programme_documentSymbol_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Programme_documentSymbol_feature", "_UI_Programme_type"),
				 JwpPackage.Literals.PROGRAMME__DOCUMENT_SYMBOL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Document Title feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDocumentTitlePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Programme_documentTitle_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Programme_documentTitle_feature", "_UI_Programme_type"),
				 JwpPackage.Literals.PROGRAMME__DOCUMENT_TITLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Annex Title feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAnnexTitlePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Programme_annexTitle_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Programme_annexTitle_feature", "_UI_Programme_type"),
				 JwpPackage.Literals.PROGRAMME__ANNEX_TITLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Background feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBackgroundPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Programme_background_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Programme_background_feature", "_UI_Programme_type"),
				 JwpPackage.Literals.PROGRAMME__BACKGROUND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Predecessor feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPredecessorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Programme_predecessor_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Programme_predecessor_feature", "_UI_Programme_type"),
				 JwpPackage.Literals.PROGRAMME__PREDECESSOR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Successor feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSuccessorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Programme_successor_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Programme_successor_feature", "_UI_Programme_type"),
				 JwpPackage.Literals.PROGRAMME__SUCCESSOR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Closing Statement feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addClosingStatementPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Programme_closingStatement_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Programme_closingStatement_feature", "_UI_Programme_type"),
				 JwpPackage.Literals.PROGRAMME__CLOSING_STATEMENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(JwpPackage.Literals.PROGRAMME__ADOPTIONS);
			childrenFeatures.add(JwpPackage.Literals.PROGRAMME__PARAGRAPHS);
			childrenFeatures.add(JwpPackage.Literals.PROGRAMME__FOOTNOTES);
			childrenFeatures.add(JwpPackage.Literals.PROGRAMME__THEMES);
			childrenFeatures.add(JwpPackage.Literals.PROGRAMME__TAXA);
			childrenFeatures.add(JwpPackage.Literals.PROGRAMME__ORGANIZATIONS);
			childrenFeatures.add(JwpPackage.Literals.PROGRAMME__INSTRUMENTS);
			childrenFeatures.add(JwpPackage.Literals.PROGRAMME__BODIES);
			childrenFeatures.add(JwpPackage.Literals.PROGRAMME__MEETINGS);
			childrenFeatures.add(JwpPackage.Literals.PROGRAMME__DECISIONS);
			childrenFeatures.add(JwpPackage.Literals.PROGRAMME__NOTIFICATIONS);
			childrenFeatures.add(JwpPackage.Literals.PROGRAMME__REPORTING_OBLIGATIONS);
			childrenFeatures.add(JwpPackage.Literals.PROGRAMME__CYCLES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Programme.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Programme"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Programme)object).getTitle();
		return label == null || label.length() == 0 ?
			getString("_UI_Programme_type") :
			getString("_UI_Programme_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Programme.class)) {
			case JwpPackage.PROGRAMME__TITLE:
			case JwpPackage.PROGRAMME__FORMAT_VERSION:
			case JwpPackage.PROGRAMME__PERIOD_START:
			case JwpPackage.PROGRAMME__PERIOD_END:
			case JwpPackage.PROGRAMME__DOCUMENT_SYMBOL:
			case JwpPackage.PROGRAMME__DOCUMENT_TITLE:
			case JwpPackage.PROGRAMME__ANNEX_TITLE:
			case JwpPackage.PROGRAMME__BACKGROUND:
			case JwpPackage.PROGRAMME__PREDECESSOR:
			case JwpPackage.PROGRAMME__SUCCESSOR:
			case JwpPackage.PROGRAMME__CLOSING_STATEMENT:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case JwpPackage.PROGRAMME__ADOPTIONS:
			case JwpPackage.PROGRAMME__PARAGRAPHS:
			case JwpPackage.PROGRAMME__FOOTNOTES:
			case JwpPackage.PROGRAMME__THEMES:
			case JwpPackage.PROGRAMME__TAXA:
			case JwpPackage.PROGRAMME__ORGANIZATIONS:
			case JwpPackage.PROGRAMME__INSTRUMENTS:
			case JwpPackage.PROGRAMME__BODIES:
			case JwpPackage.PROGRAMME__MEETINGS:
			case JwpPackage.PROGRAMME__DECISIONS:
			case JwpPackage.PROGRAMME__NOTIFICATIONS:
			case JwpPackage.PROGRAMME__REPORTING_OBLIGATIONS:
			case JwpPackage.PROGRAMME__CYCLES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(JwpPackage.Literals.PROGRAMME__ADOPTIONS,
				 JwpFactory.eINSTANCE.createAdoption()));

		newChildDescriptors.add
			(createChildParameter
				(JwpPackage.Literals.PROGRAMME__PARAGRAPHS,
				 JwpFactory.eINSTANCE.createParagraph()));

		newChildDescriptors.add
			(createChildParameter
				(JwpPackage.Literals.PROGRAMME__FOOTNOTES,
				 JwpFactory.eINSTANCE.createFootnote()));

		newChildDescriptors.add
			(createChildParameter
				(JwpPackage.Literals.PROGRAMME__THEMES,
				 JwpFactory.eINSTANCE.createTheme()));

		newChildDescriptors.add
			(createChildParameter
				(JwpPackage.Literals.PROGRAMME__TAXA,
				 JwpFactory.eINSTANCE.createTaxon()));

		newChildDescriptors.add
			(createChildParameter
				(JwpPackage.Literals.PROGRAMME__ORGANIZATIONS,
				 JwpFactory.eINSTANCE.createOrganization()));

		newChildDescriptors.add
			(createChildParameter
				(JwpPackage.Literals.PROGRAMME__INSTRUMENTS,
				 JwpFactory.eINSTANCE.createInstrument()));

		newChildDescriptors.add
			(createChildParameter
				(JwpPackage.Literals.PROGRAMME__BODIES,
				 JwpFactory.eINSTANCE.createBody()));

		newChildDescriptors.add
			(createChildParameter
				(JwpPackage.Literals.PROGRAMME__MEETINGS,
				 JwpFactory.eINSTANCE.createMeeting()));

		newChildDescriptors.add
			(createChildParameter
				(JwpPackage.Literals.PROGRAMME__DECISIONS,
				 JwpFactory.eINSTANCE.createDecisionReference()));

		newChildDescriptors.add
			(createChildParameter
				(JwpPackage.Literals.PROGRAMME__NOTIFICATIONS,
				 JwpFactory.eINSTANCE.createNotification()));

		newChildDescriptors.add
			(createChildParameter
				(JwpPackage.Literals.PROGRAMME__REPORTING_OBLIGATIONS,
				 JwpFactory.eINSTANCE.createReportingObligation()));

		newChildDescriptors.add
			(createChildParameter
				(JwpPackage.Literals.PROGRAMME__CYCLES,
				 JwpFactory.eINSTANCE.createReportingCycle()));
	}

}
