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

import org.mea.jwp.model.Activity;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.JwpPackage;

/**
 * This is the item provider adapter for a {@link org.mea.jwp.model.Activity} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ActivityItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActivityItemProvider(AdapterFactory adapterFactory) {
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

			addCodePropertyDescriptor(object);
			addPrintedCodePropertyDescriptor(object);
			addTextPropertyDescriptor(object);
			addLeadPropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addPartnersPropertyDescriptor(object);
			addFundingPropertyDescriptor(object);
			addFundingNotePropertyDescriptor(object);
			addSpeciesPropertyDescriptor(object);
			addInstrumentsPropertyDescriptor(object);
			addDecisionsPropertyDescriptor(object);
			addMeetingsPropertyDescriptor(object);
			addContinuesPropertyDescriptor(object);
			addCarriedForwardToPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Code feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCodePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Activity_code_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Activity_code_feature", "_UI_Activity_type"),
				 JwpPackage.Literals.ACTIVITY__CODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Printed Code feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPrintedCodePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Activity_printedCode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Activity_printedCode_feature", "_UI_Activity_type"),
				 JwpPackage.Literals.ACTIVITY__PRINTED_CODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Text feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTextPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Activity_text_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Activity_text_feature", "_UI_Activity_type"),
				 JwpPackage.Literals.ACTIVITY__TEXT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Lead feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLeadPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Activity_lead_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Activity_lead_feature", "_UI_Activity_type"),
				 JwpPackage.Literals.ACTIVITY__LEAD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Activity_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Activity_status_feature", "_UI_Activity_type"),
				 JwpPackage.Literals.ACTIVITY__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Partners feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPartnersPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Activity_partners_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Activity_partners_feature", "_UI_Activity_type"),
				 JwpPackage.Literals.ACTIVITY__PARTNERS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Funding feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFundingPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Activity_funding_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Activity_funding_feature", "_UI_Activity_type"),
				 JwpPackage.Literals.ACTIVITY__FUNDING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Funding Note feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFundingNotePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Activity_fundingNote_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Activity_fundingNote_feature", "_UI_Activity_type"),
				 JwpPackage.Literals.ACTIVITY__FUNDING_NOTE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Species feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSpeciesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Activity_species_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Activity_species_feature", "_UI_Activity_type"),
				 JwpPackage.Literals.ACTIVITY__SPECIES,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Instruments feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInstrumentsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Activity_instruments_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Activity_instruments_feature", "_UI_Activity_type"),
				 JwpPackage.Literals.ACTIVITY__INSTRUMENTS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Decisions feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDecisionsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Activity_decisions_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Activity_decisions_feature", "_UI_Activity_type"),
				 JwpPackage.Literals.ACTIVITY__DECISIONS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Meetings feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMeetingsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Activity_meetings_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Activity_meetings_feature", "_UI_Activity_type"),
				 JwpPackage.Literals.ACTIVITY__MEETINGS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Continues feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addContinuesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Activity_continues_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Activity_continues_feature", "_UI_Activity_type"),
				 JwpPackage.Literals.ACTIVITY__CONTINUES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Carried Forward To feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCarriedForwardToPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Activity_carriedForwardTo_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Activity_carriedForwardTo_feature", "_UI_Activity_type"),
				 JwpPackage.Literals.ACTIVITY__CARRIED_FORWARD_TO,
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
			childrenFeatures.add(JwpPackage.Literals.ACTIVITY__SUB_ITEMS);
			childrenFeatures.add(JwpPackage.Literals.ACTIVITY__TIMEFRAME);
			childrenFeatures.add(JwpPackage.Literals.ACTIVITY__DELIVERABLES);
			childrenFeatures.add(JwpPackage.Literals.ACTIVITY__INDICATORS);
			childrenFeatures.add(JwpPackage.Literals.ACTIVITY__PROGRESS);
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
	 * This returns Activity.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Activity"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Activity)object).getCode();
		return label == null || label.length() == 0 ?
			getString("_UI_Activity_type") :
			getString("_UI_Activity_type") + " " + label;
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

		switch (notification.getFeatureID(Activity.class)) {
			case JwpPackage.ACTIVITY__CODE:
			case JwpPackage.ACTIVITY__PRINTED_CODE:
			case JwpPackage.ACTIVITY__TEXT:
			case JwpPackage.ACTIVITY__LEAD:
			case JwpPackage.ACTIVITY__STATUS:
			case JwpPackage.ACTIVITY__FUNDING:
			case JwpPackage.ACTIVITY__FUNDING_NOTE:
			case JwpPackage.ACTIVITY__CONTINUES:
			case JwpPackage.ACTIVITY__CARRIED_FORWARD_TO:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case JwpPackage.ACTIVITY__SUB_ITEMS:
			case JwpPackage.ACTIVITY__TIMEFRAME:
			case JwpPackage.ACTIVITY__DELIVERABLES:
			case JwpPackage.ACTIVITY__INDICATORS:
			case JwpPackage.ACTIVITY__PROGRESS:
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
				(JwpPackage.Literals.ACTIVITY__SUB_ITEMS,
				 JwpFactory.eINSTANCE.createSubItem()));

		newChildDescriptors.add
			(createChildParameter
				(JwpPackage.Literals.ACTIVITY__TIMEFRAME,
				 JwpFactory.eINSTANCE.createTimeframe()));

		newChildDescriptors.add
			(createChildParameter
				(JwpPackage.Literals.ACTIVITY__DELIVERABLES,
				 JwpFactory.eINSTANCE.createDeliverable()));

		newChildDescriptors.add
			(createChildParameter
				(JwpPackage.Literals.ACTIVITY__INDICATORS,
				 JwpFactory.eINSTANCE.createIndicator()));

		newChildDescriptors.add
			(createChildParameter
				(JwpPackage.Literals.ACTIVITY__PROGRESS,
				 JwpFactory.eINSTANCE.createProgressEntry()));
	}

}
