/**
 * Generated from jwp.ecore by EMF; regenerate with ./mvnw -q -f releng/org.mea.jwp.codegen exec:java
 */
package org.mea.jwp.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Baseline</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A frozen record of every activity at a date. Baselines are recorded by one command and never edited afterwards.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mea.jwp.model.Baseline#getDate <em>Date</em>}</li>
 *   <li>{@link org.mea.jwp.model.Baseline#getRecordedOn <em>Recorded On</em>}</li>
 *   <li>{@link org.mea.jwp.model.Baseline#getNote <em>Note</em>}</li>
 *   <li>{@link org.mea.jwp.model.Baseline#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see org.mea.jwp.model.JwpPackage#getBaseline()
 * @model
 * @generated
 */
public interface Baseline extends EObject {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The date the record stands for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.mea.jwp.model.JwpPackage#getBaseline_Date()
	 * @model dataType="org.mea.jwp.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Baseline#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Recorded On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The day the baseline was recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recorded On</em>' attribute.
	 * @see #setRecordedOn(LocalDate)
	 * @see org.mea.jwp.model.JwpPackage#getBaseline_RecordedOn()
	 * @model dataType="org.mea.jwp.model.LocalDate"
	 * @generated
	 */
	LocalDate getRecordedOn();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Baseline#getRecordedOn <em>Recorded On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recorded On</em>' attribute.
	 * @see #getRecordedOn()
	 * @generated
	 */
	void setRecordedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why or how the baseline was recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.mea.jwp.model.JwpPackage#getBaseline_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Baseline#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link org.mea.jwp.model.BaselineEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One entry per activity of the programme at that date, in document order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see org.mea.jwp.model.JwpPackage#getBaseline_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<BaselineEntry> getEntries();

} // Baseline
