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
import org.mea.jwp.model.Taxon;

/**
 * This is the item provider adapter for a {@link org.mea.jwp.model.Taxon} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class TaxonItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TaxonItemProvider(AdapterFactory adapterFactory) {
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

			addNameAsPrintedPropertyDescriptor(object);
			addRankPropertyDescriptor(object);
			addCommonNamesPropertyDescriptor(object);
			addPopulationPropertyDescriptor(object);
			addCitesNamePropertyDescriptor(object);
			addCmsNamePropertyDescriptor(object);
			addCitesAppendixPropertyDescriptor(object);
			addCmsAppendixPropertyDescriptor(object);
			addDifferenceNotesPropertyDescriptor(object);
			addNotesPropertyDescriptor(object);
			addAcceptedNamePropertyDescriptor(object);
			addAuthorPropertyDescriptor(object);
			addSynonymsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name As Printed feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNameAsPrintedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Taxon_nameAsPrinted_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Taxon_nameAsPrinted_feature", "_UI_Taxon_type"),
				 JwpPackage.Literals.TAXON__NAME_AS_PRINTED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Rank feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRankPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Taxon_rank_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Taxon_rank_feature", "_UI_Taxon_type"),
				 JwpPackage.Literals.TAXON__RANK,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Common Names feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCommonNamesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Taxon_commonNames_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Taxon_commonNames_feature", "_UI_Taxon_type"),
				 JwpPackage.Literals.TAXON__COMMON_NAMES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Population feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPopulationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Taxon_population_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Taxon_population_feature", "_UI_Taxon_type"),
				 JwpPackage.Literals.TAXON__POPULATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cites Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCitesNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Taxon_citesName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Taxon_citesName_feature", "_UI_Taxon_type"),
				 JwpPackage.Literals.TAXON__CITES_NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cms Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCmsNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Taxon_cmsName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Taxon_cmsName_feature", "_UI_Taxon_type"),
				 JwpPackage.Literals.TAXON__CMS_NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cites Appendix feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCitesAppendixPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Taxon_citesAppendix_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Taxon_citesAppendix_feature", "_UI_Taxon_type"),
				 JwpPackage.Literals.TAXON__CITES_APPENDIX,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cms Appendix feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCmsAppendixPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Taxon_cmsAppendix_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Taxon_cmsAppendix_feature", "_UI_Taxon_type"),
				 JwpPackage.Literals.TAXON__CMS_APPENDIX,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Difference Notes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDifferenceNotesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Taxon_differenceNotes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Taxon_differenceNotes_feature", "_UI_Taxon_type"),
				 JwpPackage.Literals.TAXON__DIFFERENCE_NOTES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Notes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNotesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Taxon_notes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Taxon_notes_feature", "_UI_Taxon_type"),
				 JwpPackage.Literals.TAXON__NOTES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Accepted Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAcceptedNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Taxon_acceptedName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Taxon_acceptedName_feature", "_UI_Taxon_type"),
				 JwpPackage.Literals.TAXON__ACCEPTED_NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Author feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAuthorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Taxon_author_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Taxon_author_feature", "_UI_Taxon_type"),
				 JwpPackage.Literals.TAXON__AUTHOR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Synonyms feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSynonymsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Taxon_synonyms_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Taxon_synonyms_feature", "_UI_Taxon_type"),
				 JwpPackage.Literals.TAXON__SYNONYMS,
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
			childrenFeatures.add(JwpPackage.Literals.TAXON__LOWER_TAXA);
			childrenFeatures.add(JwpPackage.Literals.TAXON__LISTINGS);
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
	 * This returns Taxon.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Taxon"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Taxon)object).getNameAsPrinted();
		return label == null || label.length() == 0 ?
			getString("_UI_Taxon_type") :
			getString("_UI_Taxon_type") + " " + label;
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

		switch (notification.getFeatureID(Taxon.class)) {
			case JwpPackage.TAXON__NAME_AS_PRINTED:
			case JwpPackage.TAXON__RANK:
			case JwpPackage.TAXON__COMMON_NAMES:
			case JwpPackage.TAXON__POPULATION:
			case JwpPackage.TAXON__CITES_NAME:
			case JwpPackage.TAXON__CMS_NAME:
			case JwpPackage.TAXON__CITES_APPENDIX:
			case JwpPackage.TAXON__CMS_APPENDIX:
			case JwpPackage.TAXON__DIFFERENCE_NOTES:
			case JwpPackage.TAXON__NOTES:
			case JwpPackage.TAXON__ACCEPTED_NAME:
			case JwpPackage.TAXON__AUTHOR:
			case JwpPackage.TAXON__SYNONYMS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case JwpPackage.TAXON__LOWER_TAXA:
			case JwpPackage.TAXON__LISTINGS:
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
				(JwpPackage.Literals.TAXON__LOWER_TAXA,
				 JwpFactory.eINSTANCE.createTaxon()));

		newChildDescriptors.add
			(createChildParameter
				(JwpPackage.Literals.TAXON__LISTINGS,
				 JwpFactory.eINSTANCE.createListing()));
	}

}
