/**
 * Generated from jwp.ecore by EMF; regenerate with ./mvnw -q -f releng/org.mea.jwp.codegen exec:java
 */
package org.mea.jwp.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Adoption</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An act of a body on the programme.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mea.jwp.model.Adoption#getKind <em>Kind</em>}</li>
 *   <li>{@link org.mea.jwp.model.Adoption#getBody <em>Body</em>}</li>
 *   <li>{@link org.mea.jwp.model.Adoption#getMeeting <em>Meeting</em>}</li>
 *   <li>{@link org.mea.jwp.model.Adoption#getDate <em>Date</em>}</li>
 *   <li>{@link org.mea.jwp.model.Adoption#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.mea.jwp.model.JwpPackage#getAdoption()
 * @model
 * @generated
 */
public interface Adoption extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mea.jwp.model.AdoptionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.mea.jwp.model.AdoptionKind
	 * @see #setKind(AdoptionKind)
	 * @see org.mea.jwp.model.JwpPackage#getAdoption_Kind()
	 * @model
	 * @generated
	 */
	AdoptionKind getKind();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Adoption#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.mea.jwp.model.AdoptionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AdoptionKind value);

	/**
	 * Returns the value of the '<em><b>Body</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Body</em>' reference.
	 * @see #setBody(Body)
	 * @see org.mea.jwp.model.JwpPackage#getAdoption_Body()
	 * @model
	 * @generated
	 */
	Body getBody();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Adoption#getBody <em>Body</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Body</em>' reference.
	 * @see #getBody()
	 * @generated
	 */
	void setBody(Body value);

	/**
	 * Returns the value of the '<em><b>Meeting</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Meeting</em>' reference.
	 * @see #setMeeting(Meeting)
	 * @see org.mea.jwp.model.JwpPackage#getAdoption_Meeting()
	 * @model
	 * @generated
	 */
	Meeting getMeeting();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Adoption#getMeeting <em>Meeting</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Meeting</em>' reference.
	 * @see #getMeeting()
	 * @generated
	 */
	void setMeeting(Meeting value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.mea.jwp.model.JwpPackage#getAdoption_Date()
	 * @model dataType="org.mea.jwp.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Adoption#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.mea.jwp.model.JwpPackage#getAdoption_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Adoption#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // Adoption
