/**
 * Generated from jwp.ecore by EMF; regenerate with ./mvnw -q -f releng/org.mea.jwp.codegen exec:java
 */
package org.mea.jwp.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Timeframe</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * When an activity takes place, as worded in the document and as understood. Kinds: a year (2012), a range (2012-13, 2012-2014, "2012 - 14"), on-going, recurring ("Annual and as-required"), conditional ("Will depend on decisions adopted at CMS CoP10").
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mea.jwp.model.Timeframe#getOriginal <em>Original</em>}</li>
 *   <li>{@link org.mea.jwp.model.Timeframe#getKind <em>Kind</em>}</li>
 *   <li>{@link org.mea.jwp.model.Timeframe#getStartYear <em>Start Year</em>}</li>
 *   <li>{@link org.mea.jwp.model.Timeframe#getEndYear <em>End Year</em>}</li>
 *   <li>{@link org.mea.jwp.model.Timeframe#getRecurrence <em>Recurrence</em>}</li>
 *   <li>{@link org.mea.jwp.model.Timeframe#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.mea.jwp.model.Timeframe#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.mea.jwp.model.Timeframe#getDueText <em>Due Text</em>}</li>
 * </ul>
 *
 * @see org.mea.jwp.model.JwpPackage#getTimeframe()
 * @model
 * @generated
 */
public interface Timeframe extends EObject {
	/**
	 * Returns the value of the '<em><b>Original</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The wording of the document, kept verbatim.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Original</em>' attribute.
	 * @see #setOriginal(String)
	 * @see org.mea.jwp.model.JwpPackage#getTimeframe_Original()
	 * @model
	 * @generated
	 */
	String getOriginal();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Timeframe#getOriginal <em>Original</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Original</em>' attribute.
	 * @see #getOriginal()
	 * @generated
	 */
	void setOriginal(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mea.jwp.model.TimeframeKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.mea.jwp.model.TimeframeKind
	 * @see #setKind(TimeframeKind)
	 * @see org.mea.jwp.model.JwpPackage#getTimeframe_Kind()
	 * @model
	 * @generated
	 */
	TimeframeKind getKind();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Timeframe#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.mea.jwp.model.TimeframeKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(TimeframeKind value);

	/**
	 * Returns the value of the '<em><b>Start Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Year</em>' attribute.
	 * @see #setStartYear(int)
	 * @see org.mea.jwp.model.JwpPackage#getTimeframe_StartYear()
	 * @model
	 * @generated
	 */
	int getStartYear();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Timeframe#getStartYear <em>Start Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Year</em>' attribute.
	 * @see #getStartYear()
	 * @generated
	 */
	void setStartYear(int value);

	/**
	 * Returns the value of the '<em><b>End Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Year</em>' attribute.
	 * @see #setEndYear(int)
	 * @see org.mea.jwp.model.JwpPackage#getTimeframe_EndYear()
	 * @model
	 * @generated
	 */
	int getEndYear();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Timeframe#getEndYear <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Year</em>' attribute.
	 * @see #getEndYear()
	 * @generated
	 */
	void setEndYear(int value);

	/**
	 * Returns the value of the '<em><b>Recurrence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For recurring timeframes: e.g. "annual and as required".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recurrence</em>' attribute.
	 * @see #setRecurrence(String)
	 * @see org.mea.jwp.model.JwpPackage#getTimeframe_Recurrence()
	 * @model
	 * @generated
	 */
	String getRecurrence();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Timeframe#getRecurrence <em>Recurrence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recurrence</em>' attribute.
	 * @see #getRecurrence()
	 * @generated
	 */
	void setRecurrence(String value);

	/**
	 * Returns the value of the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For conditional timeframes: what the timing depends on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Condition</em>' attribute.
	 * @see #setCondition(String)
	 * @see org.mea.jwp.model.JwpPackage#getTimeframe_Condition()
	 * @model
	 * @generated
	 */
	String getCondition();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Timeframe#getCondition <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' attribute.
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(String value);

	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Explicit due date, e.g. 2014-12-31 for "by December 2014".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(LocalDate)
	 * @see org.mea.jwp.model.JwpPackage#getTimeframe_DueDate()
	 * @model dataType="org.mea.jwp.model.LocalDate"
	 * @generated
	 */
	LocalDate getDueDate();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Timeframe#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Due Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Wording of the due date.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Due Text</em>' attribute.
	 * @see #setDueText(String)
	 * @see org.mea.jwp.model.JwpPackage#getTimeframe_DueText()
	 * @model
	 * @generated
	 */
	String getDueText();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Timeframe#getDueText <em>Due Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Text</em>' attribute.
	 * @see #getDueText()
	 * @generated
	 */
	void setDueText(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The last day the timeframe covers: the due date if set, else 31 December of the end year; null when open-ended.
	 * <!-- end-model-doc -->
	 * @model dataType="org.mea.jwp.model.LocalDate"
	 * @generated
	 */
	LocalDate endDate();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the timeframe was understood, e.g. "2012 to 2013".
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	String describe();

} // Timeframe
