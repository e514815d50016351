/**
 * Generated from jwp.ecore by EMF; regenerate with ./mvnw -q -f releng/org.mea.jwp.codegen exec:java
 */
package org.mea.jwp.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Progress Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What was reported on an activity at a date.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mea.jwp.model.ProgressEntry#getDate <em>Date</em>}</li>
 *   <li>{@link org.mea.jwp.model.ProgressEntry#getStatus <em>Status</em>}</li>
 *   <li>{@link org.mea.jwp.model.ProgressEntry#getNarrative <em>Narrative</em>}</li>
 *   <li>{@link org.mea.jwp.model.ProgressEntry#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.mea.jwp.model.ProgressEntry#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see org.mea.jwp.model.JwpPackage#getProgressEntry()
 * @model
 * @generated
 */
public interface ProgressEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reporting date.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.mea.jwp.model.JwpPackage#getProgressEntry_Date()
	 * @model dataType="org.mea.jwp.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.ProgressEntry#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mea.jwp.model.ActivityStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Status at that date.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.mea.jwp.model.ActivityStatus
	 * @see #setStatus(ActivityStatus)
	 * @see org.mea.jwp.model.JwpPackage#getProgressEntry_Status()
	 * @model
	 * @generated
	 */
	ActivityStatus getStatus();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.ProgressEntry#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.mea.jwp.model.ActivityStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ActivityStatus value);

	/**
	 * Returns the value of the '<em><b>Narrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Narrative</em>' attribute.
	 * @see #setNarrative(String)
	 * @see org.mea.jwp.model.JwpPackage#getProgressEntry_Narrative()
	 * @model
	 * @generated
	 */
	String getNarrative();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.ProgressEntry#getNarrative <em>Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Narrative</em>' attribute.
	 * @see #getNarrative()
	 * @generated
	 */
	void setNarrative(String value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see org.mea.jwp.model.JwpPackage#getProgressEntry_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.ProgressEntry#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link org.mea.jwp.model.EvidenceLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' containment reference list.
	 * @see org.mea.jwp.model.JwpPackage#getProgressEntry_Evidence()
	 * @model containment="true"
	 * @generated
	 */
	EList<EvidenceLink> getEvidence();

} // ProgressEntry
