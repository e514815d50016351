/**
 * Generated from jwp.ecore by EMF; regenerate with ./mvnw -q -f releng/org.mea.jwp.codegen exec:java
 */
package org.mea.jwp.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.mea.jwp.model.AppendixListing;
import org.mea.jwp.model.Convention;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Listing;
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
 *   <li>{@link org.mea.jwp.model.impl.TaxonImpl#getAcceptedName <em>Accepted Name</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.TaxonImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.TaxonImpl#getSynonyms <em>Synonyms</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.TaxonImpl#getLowerTaxa <em>Lower Taxa</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.TaxonImpl#getListings <em>Listings</em>}</li>
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
	 * The default value of the '{@link #getAcceptedName() <em>Accepted Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcceptedName()
	 * @generated
	 * @ordered
	 */
	protected static final String ACCEPTED_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAcceptedName() <em>Accepted Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcceptedName()
	 * @generated
	 * @ordered
	 */
	protected String acceptedName = ACCEPTED_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected String author = AUTHOR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSynonyms() <em>Synonyms</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSynonyms()
	 * @generated
	 * @ordered
	 */
	protected EList<String> synonyms;

	/**
	 * The cached value of the '{@link #getLowerTaxa() <em>Lower Taxa</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLowerTaxa()
	 * @generated
	 * @ordered
	 */
	protected EList<Taxon> lowerTaxa;

	/**
	 * The cached value of the '{@link #getListings() <em>Listings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getListings()
	 * @generated
	 * @ordered
	 */
	protected EList<Listing> listings;

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
	public String getAcceptedName() {
		return acceptedName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcceptedName(String newAcceptedName) {
		String oldAcceptedName = acceptedName;
		acceptedName = newAcceptedName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.TAXON__ACCEPTED_NAME, oldAcceptedName, acceptedName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(String newAuthor) {
		String oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.TAXON__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSynonyms() {
		if (synonyms == null) {
			synonyms = new EDataTypeUniqueEList<String>(String.class, this, JwpPackage.TAXON__SYNONYMS);
		}
		return synonyms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Taxon> getLowerTaxa() {
		if (lowerTaxa == null) {
			lowerTaxa = new EObjectContainmentEList<Taxon>(Taxon.class, this, JwpPackage.TAXON__LOWER_TAXA);
		}
		return lowerTaxa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Listing> getListings() {
		if (listings == null) {
			listings = new EObjectContainmentEList<Listing>(Listing.class, this, JwpPackage.TAXON__LISTINGS);
		}
		return listings;
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
	public boolean appendicesDifferOn(final LocalDate date) {
		return org.mea.jwp.model.operations.TaxonOperations.appendicesDifferOn(this, date);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AppendixListing listingOn(final Convention convention, final LocalDate date) {
		return org.mea.jwp.model.operations.TaxonOperations.listingOn(this, convention, date);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JwpPackage.TAXON__LOWER_TAXA:
				return ((InternalEList<?>)getLowerTaxa()).basicRemove(otherEnd, msgs);
			case JwpPackage.TAXON__LISTINGS:
				return ((InternalEList<?>)getListings()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
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
			case JwpPackage.TAXON__ACCEPTED_NAME:
				return getAcceptedName();
			case JwpPackage.TAXON__AUTHOR:
				return getAuthor();
			case JwpPackage.TAXON__SYNONYMS:
				return getSynonyms();
			case JwpPackage.TAXON__LOWER_TAXA:
				return getLowerTaxa();
			case JwpPackage.TAXON__LISTINGS:
				return getListings();
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
			case JwpPackage.TAXON__ACCEPTED_NAME:
				setAcceptedName((String)newValue);
				return;
			case JwpPackage.TAXON__AUTHOR:
				setAuthor((String)newValue);
				return;
			case JwpPackage.TAXON__SYNONYMS:
				getSynonyms().clear();
				getSynonyms().addAll((Collection<? extends String>)newValue);
				return;
			case JwpPackage.TAXON__LOWER_TAXA:
				getLowerTaxa().clear();
				getLowerTaxa().addAll((Collection<? extends Taxon>)newValue);
				return;
			case JwpPackage.TAXON__LISTINGS:
				getListings().clear();
				getListings().addAll((Collection<? extends Listing>)newValue);
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
			case JwpPackage.TAXON__ACCEPTED_NAME:
				setAcceptedName(ACCEPTED_NAME_EDEFAULT);
				return;
			case JwpPackage.TAXON__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case JwpPackage.TAXON__SYNONYMS:
				getSynonyms().clear();
				return;
			case JwpPackage.TAXON__LOWER_TAXA:
				getLowerTaxa().clear();
				return;
			case JwpPackage.TAXON__LISTINGS:
				getListings().clear();
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
			case JwpPackage.TAXON__ACCEPTED_NAME:
				return ACCEPTED_NAME_EDEFAULT == null ? acceptedName != null : !ACCEPTED_NAME_EDEFAULT.equals(acceptedName);
			case JwpPackage.TAXON__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case JwpPackage.TAXON__SYNONYMS:
				return synonyms != null && !synonyms.isEmpty();
			case JwpPackage.TAXON__LOWER_TAXA:
				return lowerTaxa != null && !lowerTaxa.isEmpty();
			case JwpPackage.TAXON__LISTINGS:
				return listings != null && !listings.isEmpty();
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
			case JwpPackage.TAXON___APPENDICES_DIFFER_ON__LOCALDATE:
				return appendicesDifferOn((LocalDate)arguments.get(0));
			case JwpPackage.TAXON___LISTING_ON__CONVENTION_LOCALDATE:
				return listingOn((Convention)arguments.get(0), (LocalDate)arguments.get(1));
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
		result.append(", acceptedName: ");
		result.append(acceptedName);
		result.append(", author: ");
		result.append(author);
		result.append(", synonyms: ");
		result.append(synonyms);
		result.append(')');
		return result.toString();
	}

} //TaxonImpl
