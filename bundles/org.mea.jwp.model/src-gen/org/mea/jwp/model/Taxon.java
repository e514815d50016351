/**
 * Generated from jwp.ecore by EMF; regenerate with ./mvnw -q -f releng/org.mea.jwp.codegen exec:java
 */
package org.mea.jwp.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Taxon</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A species or higher taxon, as named in the programme and as listed by each Convention.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mea.jwp.model.Taxon#getNameAsPrinted <em>Name As Printed</em>}</li>
 *   <li>{@link org.mea.jwp.model.Taxon#getRank <em>Rank</em>}</li>
 *   <li>{@link org.mea.jwp.model.Taxon#getCommonNames <em>Common Names</em>}</li>
 *   <li>{@link org.mea.jwp.model.Taxon#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.mea.jwp.model.Taxon#getCitesName <em>Cites Name</em>}</li>
 *   <li>{@link org.mea.jwp.model.Taxon#getCmsName <em>Cms Name</em>}</li>
 *   <li>{@link org.mea.jwp.model.Taxon#getCitesAppendix <em>Cites Appendix</em>}</li>
 *   <li>{@link org.mea.jwp.model.Taxon#getCmsAppendix <em>Cms Appendix</em>}</li>
 *   <li>{@link org.mea.jwp.model.Taxon#getDifferenceNotes <em>Difference Notes</em>}</li>
 *   <li>{@link org.mea.jwp.model.Taxon#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.mea.jwp.model.Taxon#getAcceptedName <em>Accepted Name</em>}</li>
 *   <li>{@link org.mea.jwp.model.Taxon#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.mea.jwp.model.Taxon#getSynonyms <em>Synonyms</em>}</li>
 *   <li>{@link org.mea.jwp.model.Taxon#getLowerTaxa <em>Lower Taxa</em>}</li>
 *   <li>{@link org.mea.jwp.model.Taxon#getListings <em>Listings</em>}</li>
 * </ul>
 *
 * @see org.mea.jwp.model.JwpPackage#getTaxon()
 * @model
 * @generated
 */
public interface Taxon extends Identified {
	/**
	 * Returns the value of the '<em><b>Name As Printed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scientific name as printed in the document (typos kept).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name As Printed</em>' attribute.
	 * @see #setNameAsPrinted(String)
	 * @see org.mea.jwp.model.JwpPackage#getTaxon_NameAsPrinted()
	 * @model
	 * @generated
	 */
	String getNameAsPrinted();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Taxon#getNameAsPrinted <em>Name As Printed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name As Printed</em>' attribute.
	 * @see #getNameAsPrinted()
	 * @generated
	 */
	void setNameAsPrinted(String value);

	/**
	 * Returns the value of the '<em><b>Rank</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mea.jwp.model.TaxonRank}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rank</em>' attribute.
	 * @see org.mea.jwp.model.TaxonRank
	 * @see #setRank(TaxonRank)
	 * @see org.mea.jwp.model.JwpPackage#getTaxon_Rank()
	 * @model
	 * @generated
	 */
	TaxonRank getRank();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Taxon#getRank <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rank</em>' attribute.
	 * @see org.mea.jwp.model.TaxonRank
	 * @see #getRank()
	 * @generated
	 */
	void setRank(TaxonRank value);

	/**
	 * Returns the value of the '<em><b>Common Names</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Common Names</em>' attribute list.
	 * @see org.mea.jwp.model.JwpPackage#getTaxon_CommonNames()
	 * @model
	 * @generated
	 */
	EList<String> getCommonNames();

	/**
	 * Returns the value of the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Population the programme refers to, e.g. "West and Central African populations".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Population</em>' attribute.
	 * @see #setPopulation(String)
	 * @see org.mea.jwp.model.JwpPackage#getTaxon_Population()
	 * @model
	 * @generated
	 */
	String getPopulation();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Taxon#getPopulation <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Population</em>' attribute.
	 * @see #getPopulation()
	 * @generated
	 */
	void setPopulation(String value);

	/**
	 * Returns the value of the '<em><b>Cites Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Accepted name under CITES.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cites Name</em>' attribute.
	 * @see #setCitesName(String)
	 * @see org.mea.jwp.model.JwpPackage#getTaxon_CitesName()
	 * @model
	 * @generated
	 */
	String getCitesName();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Taxon#getCitesName <em>Cites Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cites Name</em>' attribute.
	 * @see #getCitesName()
	 * @generated
	 */
	void setCitesName(String value);

	/**
	 * Returns the value of the '<em><b>Cms Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Accepted name under CMS.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cms Name</em>' attribute.
	 * @see #setCmsName(String)
	 * @see org.mea.jwp.model.JwpPackage#getTaxon_CmsName()
	 * @model
	 * @generated
	 */
	String getCmsName();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Taxon#getCmsName <em>Cms Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cms Name</em>' attribute.
	 * @see #getCmsName()
	 * @generated
	 */
	void setCmsName(String value);

	/**
	 * Returns the value of the '<em><b>Cites Appendix</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mea.jwp.model.AppendixListing}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cites Appendix</em>' attribute.
	 * @see org.mea.jwp.model.AppendixListing
	 * @see #setCitesAppendix(AppendixListing)
	 * @see org.mea.jwp.model.JwpPackage#getTaxon_CitesAppendix()
	 * @model
	 * @generated
	 */
	AppendixListing getCitesAppendix();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Taxon#getCitesAppendix <em>Cites Appendix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cites Appendix</em>' attribute.
	 * @see org.mea.jwp.model.AppendixListing
	 * @see #getCitesAppendix()
	 * @generated
	 */
	void setCitesAppendix(AppendixListing value);

	/**
	 * Returns the value of the '<em><b>Cms Appendix</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mea.jwp.model.AppendixListing}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cms Appendix</em>' attribute.
	 * @see org.mea.jwp.model.AppendixListing
	 * @see #setCmsAppendix(AppendixListing)
	 * @see org.mea.jwp.model.JwpPackage#getTaxon_CmsAppendix()
	 * @model
	 * @generated
	 */
	AppendixListing getCmsAppendix();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Taxon#getCmsAppendix <em>Cms Appendix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cms Appendix</em>' attribute.
	 * @see org.mea.jwp.model.AppendixListing
	 * @see #getCmsAppendix()
	 * @generated
	 */
	void setCmsAppendix(AppendixListing value);

	/**
	 * Returns the value of the '<em><b>Difference Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Notes on differences between the Conventions (names, taxonomy, listing).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Difference Notes</em>' attribute.
	 * @see #setDifferenceNotes(String)
	 * @see org.mea.jwp.model.JwpPackage#getTaxon_DifferenceNotes()
	 * @model
	 * @generated
	 */
	String getDifferenceNotes();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Taxon#getDifferenceNotes <em>Difference Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Difference Notes</em>' attribute.
	 * @see #getDifferenceNotes()
	 * @generated
	 */
	void setDifferenceNotes(String value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.mea.jwp.model.JwpPackage#getTaxon_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Taxon#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Accepted Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Accepted scientific name (the taxon concept), without author, e.g. "Loxodonta africana" for the printed "Loxadonta africana"; an import matches it first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Accepted Name</em>' attribute.
	 * @see #setAcceptedName(String)
	 * @see org.mea.jwp.model.JwpPackage#getTaxon_AcceptedName()
	 * @model
	 * @generated
	 */
	String getAcceptedName();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Taxon#getAcceptedName <em>Accepted Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accepted Name</em>' attribute.
	 * @see #getAcceptedName()
	 * @generated
	 */
	void setAcceptedName(String value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Author and year of the accepted name, e.g. "(Blumenbach, 1797)".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see org.mea.jwp.model.JwpPackage#getTaxon_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Taxon#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Synonyms</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Other names of the same taxon concept (without author); an import matches them after the accepted name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Synonyms</em>' attribute list.
	 * @see org.mea.jwp.model.JwpPackage#getTaxon_Synonyms()
	 * @model
	 * @generated
	 */
	EList<String> getSynonyms();

	/**
	 * Returns the value of the '<em><b>Lower Taxa</b></em>' containment reference list.
	 * The list contents are of type {@link org.mea.jwp.model.Taxon}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The species (or other lower taxa) a higher taxon such as "Saiga spp.", a family or an order includes, as far as the programme needs them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lower Taxa</em>' containment reference list.
	 * @see org.mea.jwp.model.JwpPackage#getTaxon_LowerTaxa()
	 * @model containment="true"
	 * @generated
	 */
	EList<Taxon> getLowerTaxa();

	/**
	 * Returns the value of the '<em><b>Listings</b></em>' containment reference list.
	 * The list contents are of type {@link org.mea.jwp.model.Listing}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The listing history: each listing of the taxon (or of a population of it) in a Convention's Appendices, with the dates it was in force.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Listings</em>' containment reference list.
	 * @see org.mea.jwp.model.JwpPackage#getTaxon_Listings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Listing> getListings();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when both Conventions' names are known and differ.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean namesDiffer();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when both listings are known and differ.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean appendicesDiffer();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when both listings in force on the date are known and differ.
	 * <!-- end-model-doc -->
	 * @model dateDataType="org.mea.jwp.model.LocalDate"
	 * @generated
	 */
	boolean appendicesDifferOn(LocalDate date);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The listing of the taxon in the Convention's Appendices in force on the date: from the listing history when there is one ("I and II" when populations are listed in both), else the appendix recorded on the taxon.
	 * <!-- end-model-doc -->
	 * @model dateDataType="org.mea.jwp.model.LocalDate"
	 * @generated
	 */
	AppendixListing listingOn(Convention convention, LocalDate date);

} // Taxon
