/**
 * Generated from jwp.ecore by EMF; regenerate with ./mvnw -q -f releng/org.mea.jwp.codegen exec:java
 */
package org.mea.jwp.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reporting Obligation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A report owed to a body: to which committee, by when, on which activities.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mea.jwp.model.ReportingObligation#getDescription <em>Description</em>}</li>
 *   <li>{@link org.mea.jwp.model.ReportingObligation#getCommittee <em>Committee</em>}</li>
 *   <li>{@link org.mea.jwp.model.ReportingObligation#getMeeting <em>Meeting</em>}</li>
 *   <li>{@link org.mea.jwp.model.ReportingObligation#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.mea.jwp.model.ReportingObligation#getDueText <em>Due Text</em>}</li>
 *   <li>{@link org.mea.jwp.model.ReportingObligation#getActivities <em>Activities</em>}</li>
 * </ul>
 *
 * @see org.mea.jwp.model.JwpPackage#getReportingObligation()
 * @model
 * @generated
 */
public interface ReportingObligation extends Identified {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.mea.jwp.model.JwpPackage#getReportingObligation_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.ReportingObligation#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Committee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Committee</em>' reference.
	 * @see #setCommittee(Body)
	 * @see org.mea.jwp.model.JwpPackage#getReportingObligation_Committee()
	 * @model
	 * @generated
	 */
	Body getCommittee();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.ReportingObligation#getCommittee <em>Committee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Committee</em>' reference.
	 * @see #getCommittee()
	 * @generated
	 */
	void setCommittee(Body value);

	/**
	 * Returns the value of the '<em><b>Meeting</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Meeting</em>' reference.
	 * @see #setMeeting(Meeting)
	 * @see org.mea.jwp.model.JwpPackage#getReportingObligation_Meeting()
	 * @model
	 * @generated
	 */
	Meeting getMeeting();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.ReportingObligation#getMeeting <em>Meeting</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Meeting</em>' reference.
	 * @see #getMeeting()
	 * @generated
	 */
	void setMeeting(Meeting value);

	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(LocalDate)
	 * @see org.mea.jwp.model.JwpPackage#getReportingObligation_DueDate()
	 * @model dataType="org.mea.jwp.model.LocalDate"
	 * @generated
	 */
	LocalDate getDueDate();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.ReportingObligation#getDueDate <em>Due Date</em>}' attribute.
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
	 * @return the value of the '<em>Due Text</em>' attribute.
	 * @see #setDueText(String)
	 * @see org.mea.jwp.model.JwpPackage#getReportingObligation_DueText()
	 * @model
	 * @generated
	 */
	String getDueText();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.ReportingObligation#getDueText <em>Due Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Text</em>' attribute.
	 * @see #getDueText()
	 * @generated
	 */
	void setDueText(String value);

	/**
	 * Returns the value of the '<em><b>Activities</b></em>' reference list.
	 * The list contents are of type {@link org.mea.jwp.model.Activity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Activities</em>' reference list.
	 * @see org.mea.jwp.model.JwpPackage#getReportingObligation_Activities()
	 * @model
	 * @generated
	 */
	EList<Activity> getActivities();

} // ReportingObligation
