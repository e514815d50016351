/**
 * Generated from jwp.ecore by EMF; regenerate with ./mvnw -q -f releng/org.mea.jwp.codegen exec:java
 */
package org.mea.jwp.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Activity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An envisaged joint activity, e.g. A1 or B13.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mea.jwp.model.Activity#getCode <em>Code</em>}</li>
 *   <li>{@link org.mea.jwp.model.Activity#getPrintedCode <em>Printed Code</em>}</li>
 *   <li>{@link org.mea.jwp.model.Activity#getText <em>Text</em>}</li>
 *   <li>{@link org.mea.jwp.model.Activity#getSubItems <em>Sub Items</em>}</li>
 *   <li>{@link org.mea.jwp.model.Activity#getTimeframe <em>Timeframe</em>}</li>
 *   <li>{@link org.mea.jwp.model.Activity#getLead <em>Lead</em>}</li>
 *   <li>{@link org.mea.jwp.model.Activity#getStatus <em>Status</em>}</li>
 *   <li>{@link org.mea.jwp.model.Activity#getPartners <em>Partners</em>}</li>
 *   <li>{@link org.mea.jwp.model.Activity#getFunding <em>Funding</em>}</li>
 *   <li>{@link org.mea.jwp.model.Activity#getFundingNote <em>Funding Note</em>}</li>
 *   <li>{@link org.mea.jwp.model.Activity#getSpecies <em>Species</em>}</li>
 *   <li>{@link org.mea.jwp.model.Activity#getInstruments <em>Instruments</em>}</li>
 *   <li>{@link org.mea.jwp.model.Activity#getDecisions <em>Decisions</em>}</li>
 *   <li>{@link org.mea.jwp.model.Activity#getMeetings <em>Meetings</em>}</li>
 *   <li>{@link org.mea.jwp.model.Activity#getDeliverables <em>Deliverables</em>}</li>
 *   <li>{@link org.mea.jwp.model.Activity#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.mea.jwp.model.Activity#getContinues <em>Continues</em>}</li>
 *   <li>{@link org.mea.jwp.model.Activity#getCarriedForwardTo <em>Carried Forward To</em>}</li>
 *   <li>{@link org.mea.jwp.model.Activity#getProgress <em>Progress</em>}</li>
 * </ul>
 *
 * @see org.mea.jwp.model.JwpPackage#getActivity()
 * @model
 * @generated
 */
public interface Activity extends Identified {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Code, unique in the programme: A1...D4.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.mea.jwp.model.JwpPackage#getActivity_Code()
	 * @model required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Activity#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Printed Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Code as printed when it differs (e.g. "B.8").
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Printed Code</em>' attribute.
	 * @see #setPrintedCode(String)
	 * @see org.mea.jwp.model.JwpPackage#getActivity_PrintedCode()
	 * @model
	 * @generated
	 */
	String getPrintedCode();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Activity#getPrintedCode <em>Printed Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Printed Code</em>' attribute.
	 * @see #getPrintedCode()
	 * @generated
	 */
	void setPrintedCode(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Description of the activity, as in the document.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.mea.jwp.model.JwpPackage#getActivity_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Activity#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Sub Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.mea.jwp.model.SubItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bullet items of the activity (B1, C2, D2).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sub Items</em>' containment reference list.
	 * @see org.mea.jwp.model.JwpPackage#getActivity_SubItems()
	 * @model containment="true"
	 * @generated
	 */
	EList<SubItem> getSubItems();

	/**
	 * Returns the value of the '<em><b>Timeframe</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Timeframe</em>' containment reference.
	 * @see #setTimeframe(Timeframe)
	 * @see org.mea.jwp.model.JwpPackage#getActivity_Timeframe()
	 * @model containment="true"
	 * @generated
	 */
	Timeframe getTimeframe();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Activity#getTimeframe <em>Timeframe</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timeframe</em>' containment reference.
	 * @see #getTimeframe()
	 * @generated
	 */
	void setTimeframe(Timeframe value);

	/**
	 * Returns the value of the '<em><b>Lead</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mea.jwp.model.LeadSecretariat}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Secretariat leading the activity.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lead</em>' attribute.
	 * @see org.mea.jwp.model.LeadSecretariat
	 * @see #setLead(LeadSecretariat)
	 * @see org.mea.jwp.model.JwpPackage#getActivity_Lead()
	 * @model
	 * @generated
	 */
	LeadSecretariat getLead();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Activity#getLead <em>Lead</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lead</em>' attribute.
	 * @see org.mea.jwp.model.LeadSecretariat
	 * @see #getLead()
	 * @generated
	 */
	void setLead(LeadSecretariat value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mea.jwp.model.ActivityStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Current status.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.mea.jwp.model.ActivityStatus
	 * @see #setStatus(ActivityStatus)
	 * @see org.mea.jwp.model.JwpPackage#getActivity_Status()
	 * @model
	 * @generated
	 */
	ActivityStatus getStatus();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Activity#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.mea.jwp.model.ActivityStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ActivityStatus value);

	/**
	 * Returns the value of the '<em><b>Partners</b></em>' reference list.
	 * The list contents are of type {@link org.mea.jwp.model.Organization}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Organizations the activity works with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Partners</em>' reference list.
	 * @see org.mea.jwp.model.JwpPackage#getActivity_Partners()
	 * @model
	 * @generated
	 */
	EList<Organization> getPartners();

	/**
	 * Returns the value of the '<em><b>Funding</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mea.jwp.model.FundingCondition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Funding</em>' attribute.
	 * @see org.mea.jwp.model.FundingCondition
	 * @see #setFunding(FundingCondition)
	 * @see org.mea.jwp.model.JwpPackage#getActivity_Funding()
	 * @model
	 * @generated
	 */
	FundingCondition getFunding();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Activity#getFunding <em>Funding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Funding</em>' attribute.
	 * @see org.mea.jwp.model.FundingCondition
	 * @see #getFunding()
	 * @generated
	 */
	void setFunding(FundingCondition value);

	/**
	 * Returns the value of the '<em><b>Funding Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Wording of the funding condition, e.g. "(subject to external funding)".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Funding Note</em>' attribute.
	 * @see #setFundingNote(String)
	 * @see org.mea.jwp.model.JwpPackage#getActivity_FundingNote()
	 * @model
	 * @generated
	 */
	String getFundingNote();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Activity#getFundingNote <em>Funding Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Funding Note</em>' attribute.
	 * @see #getFundingNote()
	 * @generated
	 */
	void setFundingNote(String value);

	/**
	 * Returns the value of the '<em><b>Species</b></em>' reference list.
	 * The list contents are of type {@link org.mea.jwp.model.Taxon}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Species</em>' reference list.
	 * @see org.mea.jwp.model.JwpPackage#getActivity_Species()
	 * @model
	 * @generated
	 */
	EList<Taxon> getSpecies();

	/**
	 * Returns the value of the '<em><b>Instruments</b></em>' reference list.
	 * The list contents are of type {@link org.mea.jwp.model.Instrument}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instruments</em>' reference list.
	 * @see org.mea.jwp.model.JwpPackage#getActivity_Instruments()
	 * @model
	 * @generated
	 */
	EList<Instrument> getInstruments();

	/**
	 * Returns the value of the '<em><b>Decisions</b></em>' reference list.
	 * The list contents are of type {@link org.mea.jwp.model.DecisionReference}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decisions</em>' reference list.
	 * @see org.mea.jwp.model.JwpPackage#getActivity_Decisions()
	 * @model
	 * @generated
	 */
	EList<DecisionReference> getDecisions();

	/**
	 * Returns the value of the '<em><b>Meetings</b></em>' reference list.
	 * The list contents are of type {@link org.mea.jwp.model.Meeting}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Meetings the activity targets or follows up.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Meetings</em>' reference list.
	 * @see org.mea.jwp.model.JwpPackage#getActivity_Meetings()
	 * @model
	 * @generated
	 */
	EList<Meeting> getMeetings();

	/**
	 * Returns the value of the '<em><b>Deliverables</b></em>' containment reference list.
	 * The list contents are of type {@link org.mea.jwp.model.Deliverable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deliverables</em>' containment reference list.
	 * @see org.mea.jwp.model.JwpPackage#getActivity_Deliverables()
	 * @model containment="true"
	 * @generated
	 */
	EList<Deliverable> getDeliverables();

	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' containment reference list.
	 * The list contents are of type {@link org.mea.jwp.model.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicators</em>' containment reference list.
	 * @see org.mea.jwp.model.JwpPackage#getActivity_Indicators()
	 * @model containment="true"
	 * @generated
	 */
	EList<Indicator> getIndicators();

	/**
	 * Returns the value of the '<em><b>Continues</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The code of the activity of the predecessor programme that this one continues ("B6").
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Continues</em>' attribute.
	 * @see #setContinues(String)
	 * @see org.mea.jwp.model.JwpPackage#getActivity_Continues()
	 * @model
	 * @generated
	 */
	String getContinues();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Activity#getContinues <em>Continues</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Continues</em>' attribute.
	 * @see #getContinues()
	 * @generated
	 */
	void setContinues(String value);

	/**
	 * Returns the value of the '<em><b>Carried Forward To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The programme that continues this activity after this programme's period (its successor), when it was carried forward.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Carried Forward To</em>' attribute.
	 * @see #setCarriedForwardTo(String)
	 * @see org.mea.jwp.model.JwpPackage#getActivity_CarriedForwardTo()
	 * @model
	 * @generated
	 */
	String getCarriedForwardTo();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Activity#getCarriedForwardTo <em>Carried Forward To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Carried Forward To</em>' attribute.
	 * @see #getCarriedForwardTo()
	 * @generated
	 */
	void setCarriedForwardTo(String value);

	/**
	 * Returns the value of the '<em><b>Progress</b></em>' containment reference list.
	 * The list contents are of type {@link org.mea.jwp.model.ProgressEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dated history of progress, oldest first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Progress</em>' containment reference list.
	 * @see org.mea.jwp.model.JwpPackage#getActivity_Progress()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProgressEntry> getProgress();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The progress entry with the latest date, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	ProgressEntry latestProgress();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the timeframe (or due date) ended before the reporting date and the activity is neither completed nor cancelled.
	 * <!-- end-model-doc -->
	 * @model reportingDateDataType="org.mea.jwp.model.LocalDate"
	 * @generated
	 */
	boolean isOverdue(LocalDate reportingDate);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The theme the activity belongs to.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	Theme getTheme();

} // Activity
