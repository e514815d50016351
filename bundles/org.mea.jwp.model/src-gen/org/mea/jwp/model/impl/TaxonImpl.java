/**
 * Generated from jwp.ecore by EMF; regenerate with ./mvnw -q -f releng/org.mea.jwp.codegen exec:java
 */
package org.mea.jwp.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.mea.jwp.model.AppendixListing;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Taxon;
import org.mea.jwp.model.TaxonRank;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Taxon</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mea.jwp.model.impl.TaxonImpl#getNameAsPrinted <em>Name As Printed</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.TaxonImpl#getRank <em>Rank</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.TaxonImpl#getCommonNames <em>Common Names</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.TaxonImpl#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.TaxonImpl#getCitesName <em>Cites Name</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.TaxonImpl#getCmsName <em>Cms Name</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.TaxonImpl#getCitesAppendix <em>Cites Appendix</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.TaxonImpl#getCmsAppendix <em>Cms Appendix</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.TaxonImpl#getDifferenceNotes <em>Difference Notes</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.TaxonImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TaxonImpl extends IdentifiedImpl implements Taxon {
	/**
	 * The default value of the '{@link #getNameAsPrinted() <em>Name As Printed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameAsPrinted()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_AS_PRINTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameAsPrinted() <em>Name As Printed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameAsPrinted()
	 * @generated
	 * @ordered
	 */
	protected String nameAsPrinted = NAME_AS_PRINTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getRank() <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRank()
	 * @generated
	 * @ordered
	 */
	protected static final TaxonRank RANK_EDEFAULT = TaxonRank.SPECIES;

	/**
	 * The cached value of the '{@link #getRank() <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRank()
	 * @generated
	 * @ordered
	 */
	protected TaxonRank rank = RANK_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCommonNames() <em>Common Names</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommonNames()
	 * @generated
	 * @ordered
	 */
	protected EList<String> commonNames;

	/**
	 * The default value of the '{@link #getPopulation() <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulation()
	 * @generated
	 * @ordered
	 */
	protected static final String POPULATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPopulation() <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulation()
	 * @generated
	 * @ordered
	 */
	protected String population = POPULATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCitesName() <em>Cites Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCitesName()
	 * @generated
	 * @ordered
	 */
	protected static final String CITES_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCitesName() <em>Cites Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCitesName()
	 * @generated
	 * @ordered
	 */
	protected String citesName = CITES_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getCmsName() <em>Cms Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCmsName()
	 * @generated
	 * @ordered
	 */
	protected static final String CMS_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCmsName() <em>Cms Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCmsName()
	 * @generated
	 * @ordered
	 */
	protected String cmsName = CMS_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getCitesAppendix() <em>Cites Appendix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCitesAppendix()
	 * @generated
	 * @ordered
	 */
	protected static final AppendixListing CITES_APPENDIX_EDEFAULT = AppendixListing.UNKNOWN;

	/**
	 * The cached value of the '{@link #getCitesAppendix() <em>Cites Appendix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCitesAppendix()
	 * @generated
	 * @ordered
	 */
	protected AppendixListing citesAppendix = CITES_APPENDIX_EDEFAULT;

	/**
	 * The default value of the '{@link #getCmsAppendix() <em>Cms Appendix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCmsAppendix()
	 * @generated
	 * @ordered
	 */
	protected static final AppendixListing CMS_APPENDIX_EDEFAULT = AppendixListing.UNKNOWN;

	/**
	 * The cached value of the '{@link #getCmsAppendix() <em>Cms Appendix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCmsAppendix()
	 * @generated
	 * @ordered
	 */
	protected AppendixListing cmsAppendix = CMS_APPENDIX_EDEFAULT;

	/**
	 * The default value of the '{@link #getDifferenceNotes() <em>Difference Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDifferenceNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String DIFFERENCE_NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDifferenceNotes() <em>Difference Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDifferenceNotes()
	 * @generated
	 * @ordered
	 */
	protected String differenceNotes = DIFFERENCE_NOTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TaxonImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JwpPackage.Literals.TAXON;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameAsPrinted() {
		return nameAsPrinted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameAsPrinted(String newNameAsPrinted) {
		String oldNameAsPrinted = nameAsPrinted;
		nameAsPrinted = newNameAsPrinted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.TAXON__NAME_AS_PRINTED, oldNameAsPrinted, nameAsPrinted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TaxonRank getRank() {
		return rank;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRank(TaxonRank newRank) {
		TaxonRank oldRank = rank;
		rank = newRank == null ? RANK_EDEFAULT : newRank;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.TAXON__RANK, oldRank, rank));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCommonNames() {
		if (commonNames == null) {
			commonNames = new EDataTypeUniqueEList<String>(String.class, this, JwpPackage.TAXON__COMMON_NAMES);
		}
		return commonNames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPopulation() {
		return population;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPopulation(String newPopulation) {
		String oldPopulation = population;
		population = newPopulation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.TAXON__POPULATION, oldPopulation, population));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCitesName() {
		return citesName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCitesName(String newCitesName) {
		String oldCitesName = citesName;
		citesName = newCitesName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.TAXON__CITES_NAME, oldCitesName, citesName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCmsName() {
		return cmsName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCmsName(String newCmsName) {
		String oldCmsName = cmsName;
		cmsName = newCmsName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.TAXON__CMS_NAME, oldCmsName, cmsName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AppendixListing getCitesAppendix() {
		return citesAppendix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCitesAppendix(AppendixListing newCitesAppendix) {
		AppendixListing oldCitesAppendix = citesAppendix;
		citesAppendix = newCitesAppendix == null ? CITES_APPENDIX_EDEFAULT : newCitesAppendix;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.TAXON__CITES_APPENDIX, oldCitesAppendix, citesAppendix));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AppendixListing getCmsAppendix() {
		return cmsAppendix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCmsAppendix(AppendixListing newCmsAppendix) {
		AppendixListing oldCmsAppendix = cmsAppendix;
		cmsAppendix = newCmsAppendix == null ? CMS_APPENDIX_EDEFAULT : newCmsAppendix;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.TAXON__CMS_APPENDIX, oldCmsAppendix, cmsAppendix));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDifferenceNotes() {
		return differenceNotes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDifferenceNotes(String newDifferenceNotes) {
		String oldDifferenceNotes = differenceNotes;
		differenceNotes = newDifferenceNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.TAXON__DIFFERENCE_NOTES, oldDifferenceNotes, differenceNotes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.TAXON__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean namesDiffer() {
		return org.mea.jwp.model.operations.TaxonOperations.namesDiffer(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean appendicesDiffer() {
		return org.mea.jwp.model.operations.TaxonOperations.appendicesDiffer(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JwpPackage.TAXON__NAME_AS_PRINTED:
				return getNameAsPrinted();
			case JwpPackage.TAXON__RANK:
				return getRank();
			case JwpPackage.TAXON__COMMON_NAMES:
				return getCommonNames();
			case JwpPackage.TAXON__POPULATION:
				return getPopulation();
			case JwpPackage.TAXON__CITES_NAME:
				return getCitesName();
			case JwpPackage.TAXON__CMS_NAME:
				return getCmsName();
			case JwpPackage.TAXON__CITES_APPENDIX:
				return getCitesAppendix();
			case JwpPackage.TAXON__CMS_APPENDIX:
				return getCmsAppendix();
			case JwpPackage.TAXON__DIFFERENCE_NOTES:
				return getDifferenceNotes();
			case JwpPackage.TAXON__NOTES:
				return getNotes();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case JwpPackage.TAXON__NAME_AS_PRINTED:
				setNameAsPrinted((String)newValue);
				return;
			case JwpPackage.TAXON__RANK:
				setRank((TaxonRank)newValue);
				return;
			case JwpPackage.TAXON__COMMON_NAMES:
				getCommonNames().clear();
				getCommonNames().addAll((Collection<? extends String>)newValue);
				return;
			case JwpPackage.TAXON__POPULATION:
				setPopulation((String)newValue);
				return;
			case JwpPackage.TAXON__CITES_NAME:
				setCitesName((String)newValue);
				return;
			case JwpPackage.TAXON__CMS_NAME:
				setCmsName((String)newValue);
				return;
			case JwpPackage.TAXON__CITES_APPENDIX:
				setCitesAppendix((AppendixListing)newValue);
				return;
			case JwpPackage.TAXON__CMS_APPENDIX:
				setCmsAppendix((AppendixListing)newValue);
				return;
			case JwpPackage.TAXON__DIFFERENCE_NOTES:
				setDifferenceNotes((String)newValue);
				return;
			case JwpPackage.TAXON__NOTES:
				setNotes((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case JwpPackage.TAXON__NAME_AS_PRINTED:
				setNameAsPrinted(NAME_AS_PRINTED_EDEFAULT);
				return;
			case JwpPackage.TAXON__RANK:
				setRank(RANK_EDEFAULT);
				return;
			case JwpPackage.TAXON__COMMON_NAMES:
				getCommonNames().clear();
				return;
			case JwpPackage.TAXON__POPULATION:
				setPopulation(POPULATION_EDEFAULT);
				return;
			case JwpPackage.TAXON__CITES_NAME:
				setCitesName(CITES_NAME_EDEFAULT);
				return;
			case JwpPackage.TAXON__CMS_NAME:
				setCmsName(CMS_NAME_EDEFAULT);
				return;
			case JwpPackage.TAXON__CITES_APPENDIX:
				setCitesAppendix(CITES_APPENDIX_EDEFAULT);
				return;
			case JwpPackage.TAXON__CMS_APPENDIX:
				setCmsAppendix(CMS_APPENDIX_EDEFAULT);
				return;
			case JwpPackage.TAXON__DIFFERENCE_NOTES:
				setDifferenceNotes(DIFFERENCE_NOTES_EDEFAULT);
				return;
			case JwpPackage.TAXON__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case JwpPackage.TAXON__NAME_AS_PRINTED:
				return NAME_AS_PRINTED_EDEFAULT == null ? nameAsPrinted != null : !NAME_AS_PRINTED_EDEFAULT.equals(nameAsPrinted);
			case JwpPackage.TAXON__RANK:
				return rank != RANK_EDEFAULT;
			case JwpPackage.TAXON__COMMON_NAMES:
				return commonNames != null && !commonNames.isEmpty();
			case JwpPackage.TAXON__POPULATION:
				return POPULATION_EDEFAULT == null ? population != null : !POPULATION_EDEFAULT.equals(population);
			case JwpPackage.TAXON__CITES_NAME:
				return CITES_NAME_EDEFAULT == null ? citesName != null : !CITES_NAME_EDEFAULT.equals(citesName);
			case JwpPackage.TAXON__CMS_NAME:
				return CMS_NAME_EDEFAULT == null ? cmsName != null : !CMS_NAME_EDEFAULT.equals(cmsName);
			case JwpPackage.TAXON__CITES_APPENDIX:
				return citesAppendix != CITES_APPENDIX_EDEFAULT;
			case JwpPackage.TAXON__CMS_APPENDIX:
				return cmsAppendix != CMS_APPENDIX_EDEFAULT;
			case JwpPackage.TAXON__DIFFERENCE_NOTES:
				return DIFFERENCE_NOTES_EDEFAULT == null ? differenceNotes != null : !DIFFERENCE_NOTES_EDEFAULT.equals(differenceNotes);
			case JwpPackage.TAXON__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case JwpPackage.TAXON___NAMES_DIFFER:
				return namesDiffer();
			case JwpPackage.TAXON___APPENDICES_DIFFER:
				return appendicesDiffer();
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (nameAsPrinted: ");
		result.append(nameAsPrinted);
		result.append(", rank: ");
		result.append(rank);
		result.append(", commonNames: ");
		result.append(commonNames);
		result.append(", population: ");
		result.append(population);
		result.append(", citesName: ");
		result.append(citesName);
		result.append(", cmsName: ");
		result.append(cmsName);
		result.append(", citesAppendix: ");
		result.append(citesAppendix);
		result.append(", cmsAppendix: ");
		result.append(cmsAppendix);
		result.append(", differenceNotes: ");
		result.append(differenceNotes);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //TaxonImpl
