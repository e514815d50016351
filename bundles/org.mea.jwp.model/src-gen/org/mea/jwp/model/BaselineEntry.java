/**
 * Generated from jwp.ecore by EMF; regenerate with ./mvnw -q -f releng/org.mea.jwp.codegen exec:java
 */
package org.mea.jwp.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Baseline Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What an activity was at the baseline date. Activities are named by id, not referenced, so that a baseline stays whole when an activity is later removed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mea.jwp.model.BaselineEntry#getActivityId <em>Activity Id</em>}</li>
 *   <li>{@link org.mea.jwp.model.BaselineEntry#getCode <em>Code</em>}</li>
 *   <li>{@link org.mea.jwp.model.BaselineEntry#getText <em>Text</em>}</li>
 *   <li>{@link org.mea.jwp.model.BaselineEntry#getTheme <em>Theme</em>}</li>
 *   <li>{@link org.mea.jwp.model.BaselineEntry#getStatus <em>Status</em>}</li>
 *   <li>{@link org.mea.jwp.model.BaselineEntry#getLead <em>Lead</em>}</li>
 *   <li>{@link org.mea.jwp.model.BaselineEntry#getTimeframe <em>Timeframe</em>}</li>
 *   <li>{@link org.mea.jwp.model.BaselineEntry#getSpecies <em>Species</em>}</li>
 *   <li>{@link org.mea.jwp.model.BaselineEntry#getProgressCount <em>Progress Count</em>}</li>
 *   <li>{@link org.mea.jwp.model.BaselineEntry#getProgressDate <em>Progress Date</em>}</li>
 *   <li>{@link org.mea.jwp.model.BaselineEntry#getProgressNarrative <em>Progress Narrative</em>}</li>
 * </ul>
 *
 * @see org.mea.jwp.model.JwpPackage#getBaselineEntry()
 * @model
 * @generated
 */
public interface BaselineEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Activity Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the activity.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Activity Id</em>' attribute.
	 * @see #setActivityId(String)
	 * @see org.mea.jwp.model.JwpPackage#getBaselineEntry_ActivityId()
	 * @model
	 * @generated
	 */
	String getActivityId();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.BaselineEntry#getActivityId <em>Activity Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activity Id</em>' attribute.
	 * @see #getActivityId()
	 * @generated
	 */
	void setActivityId(String value);

	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Code of the activity at the baseline date.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.mea.jwp.model.JwpPackage#getBaselineEntry_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.BaselineEntry#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Text of the activity at the baseline date.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.mea.jwp.model.JwpPackage#getBaselineEntry_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.BaselineEntry#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Theme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Letter of the theme the activity belonged to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Theme</em>' attribute.
	 * @see #setTheme(String)
	 * @see org.mea.jwp.model.JwpPackage#getBaselineEntry_Theme()
	 * @model
	 * @generated
	 */
	String getTheme();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.BaselineEntry#getTheme <em>Theme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Theme</em>' attribute.
	 * @see #getTheme()
	 * @generated
	 */
	void setTheme(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mea.jwp.model.ActivityStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Status at the baseline date.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.mea.jwp.model.ActivityStatus
	 * @see #setStatus(ActivityStatus)
	 * @see org.mea.jwp.model.JwpPackage#getBaselineEntry_Status()
	 * @model
	 * @generated
	 */
	ActivityStatus getStatus();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.BaselineEntry#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.mea.jwp.model.ActivityStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ActivityStatus value);

	/**
	 * Returns the value of the '<em><b>Lead</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mea.jwp.model.LeadSecretariat}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lead secretariat at the baseline date.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lead</em>' attribute.
	 * @see org.mea.jwp.model.LeadSecretariat
	 * @see #setLead(LeadSecretariat)
	 * @see org.mea.jwp.model.JwpPackage#getBaselineEntry_Lead()
	 * @model
	 * @generated
	 */
	LeadSecretariat getLead();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.BaselineEntry#getLead <em>Lead</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lead</em>' attribute.
	 * @see org.mea.jwp.model.LeadSecretariat
	 * @see #getLead()
	 * @generated
	 */
	void setLead(LeadSecretariat value);

	/**
	 * Returns the value of the '<em><b>Timeframe</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Timeframe as described at the baseline date.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Timeframe</em>' attribute.
	 * @see #setTimeframe(String)
	 * @see org.mea.jwp.model.JwpPackage#getBaselineEntry_Timeframe()
	 * @model
	 * @generated
	 */
	String getTimeframe();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.BaselineEntry#getTimeframe <em>Timeframe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timeframe</em>' attribute.
	 * @see #getTimeframe()
	 * @generated
	 */
	void setTimeframe(String value);

	/**
	 * Returns the value of the '<em><b>Species</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ids of the taxa the activity concerned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Species</em>' attribute list.
	 * @see org.mea.jwp.model.JwpPackage#getBaselineEntry_Species()
	 * @model
	 * @generated
	 */
	EList<String> getSpecies();

	/**
	 * Returns the value of the '<em><b>Progress Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of progress entries at the baseline date.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Progress Count</em>' attribute.
	 * @see #setProgressCount(int)
	 * @see org.mea.jwp.model.JwpPackage#getBaselineEntry_ProgressCount()
	 * @model
	 * @generated
	 */
	int getProgressCount();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.BaselineEntry#getProgressCount <em>Progress Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Progress Count</em>' attribute.
	 * @see #getProgressCount()
	 * @generated
	 */
	void setProgressCount(int value);

	/**
	 * Returns the value of the '<em><b>Progress Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date of the latest progress entry.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Progress Date</em>' attribute.
	 * @see #setProgressDate(LocalDate)
	 * @see org.mea.jwp.model.JwpPackage#getBaselineEntry_ProgressDate()
	 * @model dataType="org.mea.jwp.model.LocalDate"
	 * @generated
	 */
	LocalDate getProgressDate();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.BaselineEntry#getProgressDate <em>Progress Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Progress Date</em>' attribute.
	 * @see #getProgressDate()
	 * @generated
	 */
	void setProgressDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Progress Narrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Narrative of the latest progress entry.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Progress Narrative</em>' attribute.
	 * @see #setProgressNarrative(String)
	 * @see org.mea.jwp.model.JwpPackage#getBaselineEntry_ProgressNarrative()
	 * @model
	 * @generated
	 */
	String getProgressNarrative();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.BaselineEntry#getProgressNarrative <em>Progress Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Progress Narrative</em>' attribute.
	 * @see #getProgressNarrative()
	 * @generated
	 */
	void setProgressNarrative(String value);

} // BaselineEntry
