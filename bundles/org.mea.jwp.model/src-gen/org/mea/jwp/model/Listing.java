/**
 * Generated from jwp.ecore by EMF; regenerate with ./mvnw -q -f releng/org.mea.jwp.codegen exec:java
 */
package org.mea.jwp.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Listing</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A listing in a Convention's Appendices as published: the appendix, from when (and until when) it was in force, for which population, with which annotation; for CITES Appendix III, the Party that listed it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mea.jwp.model.Listing#getConvention <em>Convention</em>}</li>
 *   <li>{@link org.mea.jwp.model.Listing#getAppendix <em>Appendix</em>}</li>
 *   <li>{@link org.mea.jwp.model.Listing#getEffective <em>Effective</em>}</li>
 *   <li>{@link org.mea.jwp.model.Listing#getEnded <em>Ended</em>}</li>
 *   <li>{@link org.mea.jwp.model.Listing#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.mea.jwp.model.Listing#getAnnotation <em>Annotation</em>}</li>
 *   <li>{@link org.mea.jwp.model.Listing#getParty <em>Party</em>}</li>
 *   <li>{@link org.mea.jwp.model.Listing#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @see org.mea.jwp.model.JwpPackage#getListing()
 * @model
 * @generated
 */
public interface Listing extends EObject {
	/**
	 * Returns the value of the '<em><b>Convention</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mea.jwp.model.Convention}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Convention</em>' attribute.
	 * @see org.mea.jwp.model.Convention
	 * @see #setConvention(Convention)
	 * @see org.mea.jwp.model.JwpPackage#getListing_Convention()
	 * @model
	 * @generated
	 */
	Convention getConvention();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Listing#getConvention <em>Convention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Convention</em>' attribute.
	 * @see org.mea.jwp.model.Convention
	 * @see #getConvention()
	 * @generated
	 */
	void setConvention(Convention value);

	/**
	 * Returns the value of the '<em><b>Appendix</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mea.jwp.model.AppendixListing}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Appendix</em>' attribute.
	 * @see org.mea.jwp.model.AppendixListing
	 * @see #setAppendix(AppendixListing)
	 * @see org.mea.jwp.model.JwpPackage#getListing_Appendix()
	 * @model
	 * @generated
	 */
	AppendixListing getAppendix();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Listing#getAppendix <em>Appendix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Appendix</em>' attribute.
	 * @see org.mea.jwp.model.AppendixListing
	 * @see #getAppendix()
	 * @generated
	 */
	void setAppendix(AppendixListing value);

	/**
	 * Returns the value of the '<em><b>Effective</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The date the listing entered into force.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Effective</em>' attribute.
	 * @see #setEffective(LocalDate)
	 * @see org.mea.jwp.model.JwpPackage#getListing_Effective()
	 * @model dataType="org.mea.jwp.model.LocalDate"
	 * @generated
	 */
	LocalDate getEffective();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Listing#getEffective <em>Effective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Effective</em>' attribute.
	 * @see #getEffective()
	 * @generated
	 */
	void setEffective(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Ended</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The date another listing (or a deletion) replaced it; empty while it is in force.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ended</em>' attribute.
	 * @see #setEnded(LocalDate)
	 * @see org.mea.jwp.model.JwpPackage#getListing_Ended()
	 * @model dataType="org.mea.jwp.model.LocalDate"
	 * @generated
	 */
	LocalDate getEnded();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Listing#getEnded <em>Ended</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ended</em>' attribute.
	 * @see #getEnded()
	 * @generated
	 */
	void setEnded(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The populations the listing covers when it is not the whole taxon, as published, e.g. "Populations of Botswana, Namibia, South Africa and Zimbabwe".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Population</em>' attribute.
	 * @see #setPopulation(String)
	 * @see org.mea.jwp.model.JwpPackage#getListing_Population()
	 * @model
	 * @generated
	 */
	String getPopulation();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Listing#getPopulation <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Population</em>' attribute.
	 * @see #getPopulation()
	 * @generated
	 */
	void setPopulation(String value);

	/**
	 * Returns the value of the '<em><b>Annotation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The annotation, as published (e.g. "#5" or its full text).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Annotation</em>' attribute.
	 * @see #setAnnotation(String)
	 * @see org.mea.jwp.model.JwpPackage#getListing_Annotation()
	 * @model
	 * @generated
	 */
	String getAnnotation();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Listing#getAnnotation <em>Annotation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annotation</em>' attribute.
	 * @see #getAnnotation()
	 * @generated
	 */
	void setAnnotation(String value);

	/**
	 * Returns the value of the '<em><b>Party</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For CITES Appendix III: the Party that listed the taxon.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Party</em>' attribute.
	 * @see #setParty(String)
	 * @see org.mea.jwp.model.JwpPackage#getListing_Party()
	 * @model
	 * @generated
	 */
	String getParty();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Listing#getParty <em>Party</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Party</em>' attribute.
	 * @see #getParty()
	 * @generated
	 */
	void setParty(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the listing is published (document, meeting, notification or export).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.mea.jwp.model.JwpPackage#getListing_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Listing#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the listing was in force on the date: on or after its effective date (none: always) and before its end (none: still in force).
	 * <!-- end-model-doc -->
	 * @model dateDataType="org.mea.jwp.model.LocalDate"
	 * @generated
	 */
	boolean inForceOn(LocalDate date);

} // Listing
