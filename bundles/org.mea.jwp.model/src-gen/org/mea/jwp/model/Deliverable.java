/**
 * Generated from jwp.ecore by EMF; regenerate with ./mvnw -q -f releng/org.mea.jwp.codegen exec:java
 */
package org.mea.jwp.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Deliverable</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something an activity is to produce.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mea.jwp.model.Deliverable#getDescription <em>Description</em>}</li>
 *   <li>{@link org.mea.jwp.model.Deliverable#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.mea.jwp.model.Deliverable#isDelivered <em>Delivered</em>}</li>
 * </ul>
 *
 * @see org.mea.jwp.model.JwpPackage#getDeliverable()
 * @model
 * @generated
 */
public interface Deliverable extends EObject {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.mea.jwp.model.JwpPackage#getDeliverable_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Deliverable#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(LocalDate)
	 * @see org.mea.jwp.model.JwpPackage#getDeliverable_DueDate()
	 * @model dataType="org.mea.jwp.model.LocalDate"
	 * @generated
	 */
	LocalDate getDueDate();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Deliverable#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Delivered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Delivered</em>' attribute.
	 * @see #setDelivered(boolean)
	 * @see org.mea.jwp.model.JwpPackage#getDeliverable_Delivered()
	 * @model
	 * @generated
	 */
	boolean isDelivered();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Deliverable#isDelivered <em>Delivered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delivered</em>' attribute.
	 * @see #isDelivered()
	 * @generated
	 */
	void setDelivered(boolean value);

} // Deliverable
