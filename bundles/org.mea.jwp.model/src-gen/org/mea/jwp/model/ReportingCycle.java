/**
 * Generated from jwp.ecore by EMF; regenerate with ./mvnw -q -f releng/org.mea.jwp.codegen exec:java
 */
package org.mea.jwp.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reporting Cycle</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One round of reporting to a committee meeting: the meeting, the document, the reporting date, the narrative written for it and the baseline recorded for it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mea.jwp.model.ReportingCycle#getCommittee <em>Committee</em>}</li>
 *   <li>{@link org.mea.jwp.model.ReportingCycle#getMeeting <em>Meeting</em>}</li>
 *   <li>{@link org.mea.jwp.model.ReportingCycle#getDocumentSymbol <em>Document Symbol</em>}</li>
 *   <li>{@link org.mea.jwp.model.ReportingCycle#getReportingDate <em>Reporting Date</em>}</li>
 *   <li>{@link org.mea.jwp.model.ReportingCycle#getIntroduction <em>Introduction</em>}</li>
 *   <li>{@link org.mea.jwp.model.ReportingCycle#getRecommendations <em>Recommendations</em>}</li>
 *   <li>{@link org.mea.jwp.model.ReportingCycle#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.mea.jwp.model.ReportingCycle#isFinalReport <em>Final Report</em>}</li>
 * </ul>
 *
 * @see org.mea.jwp.model.JwpPackage#getReportingCycle()
 * @model
 * @generated
 */
public interface ReportingCycle extends Identified {
	/**
	 * Returns the value of the '<em><b>Committee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The committee reported to (CITES SC or CMS StC).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Committee</em>' reference.
	 * @see #setCommittee(Body)
	 * @see org.mea.jwp.model.JwpPackage#getReportingCycle_Committee()
	 * @model
	 * @generated
	 */
	Body getCommittee();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.ReportingCycle#getCommittee <em>Committee</em>}' reference.
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
	 * <!-- begin-model-doc -->
	 * The meeting the report is for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Meeting</em>' reference.
	 * @see #setMeeting(Meeting)
	 * @see org.mea.jwp.model.JwpPackage#getReportingCycle_Meeting()
	 * @model
	 * @generated
	 */
	Meeting getMeeting();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.ReportingCycle#getMeeting <em>Meeting</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Meeting</em>' reference.
	 * @see #getMeeting()
	 * @generated
	 */
	void setMeeting(Meeting value);

	/**
	 * Returns the value of the '<em><b>Document Symbol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Symbol of the working document, e.g. SC65 Doc. 14.3.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Document Symbol</em>' attribute.
	 * @see #setDocumentSymbol(String)
	 * @see org.mea.jwp.model.JwpPackage#getReportingCycle_DocumentSymbol()
	 * @model
	 * @generated
	 */
	String getDocumentSymbol();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.ReportingCycle#getDocumentSymbol <em>Document Symbol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document Symbol</em>' attribute.
	 * @see #getDocumentSymbol()
	 * @generated
	 */
	void setDocumentSymbol(String value);

	/**
	 * Returns the value of the '<em><b>Reporting Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date at which progress is reported.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reporting Date</em>' attribute.
	 * @see #setReportingDate(LocalDate)
	 * @see org.mea.jwp.model.JwpPackage#getReportingCycle_ReportingDate()
	 * @model dataType="org.mea.jwp.model.LocalDate"
	 * @generated
	 */
	LocalDate getReportingDate();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.ReportingCycle#getReportingDate <em>Reporting Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reporting Date</em>' attribute.
	 * @see #getReportingDate()
	 * @generated
	 */
	void setReportingDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Introduction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Narrative opening the report of this cycle, written by the secretariat.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Introduction</em>' attribute.
	 * @see #setIntroduction(String)
	 * @see org.mea.jwp.model.JwpPackage#getReportingCycle_Introduction()
	 * @model
	 * @generated
	 */
	String getIntroduction();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.ReportingCycle#getIntroduction <em>Introduction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Introduction</em>' attribute.
	 * @see #getIntroduction()
	 * @generated
	 */
	void setIntroduction(String value);

	/**
	 * Returns the value of the '<em><b>Recommendations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Recommendations of this cycle to the Committee.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recommendations</em>' attribute.
	 * @see #setRecommendations(String)
	 * @see org.mea.jwp.model.JwpPackage#getReportingCycle_Recommendations()
	 * @model
	 * @generated
	 */
	String getRecommendations();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.ReportingCycle#getRecommendations <em>Recommendations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recommendations</em>' attribute.
	 * @see #getRecommendations()
	 * @generated
	 */
	void setRecommendations(String value);

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The frozen record of the activities at the reporting date; read-only once recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline</em>' containment reference.
	 * @see #setBaseline(Baseline)
	 * @see org.mea.jwp.model.JwpPackage#getReportingCycle_Baseline()
	 * @model containment="true"
	 * @generated
	 */
	Baseline getBaseline();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.ReportingCycle#getBaseline <em>Baseline</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' containment reference.
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(Baseline value);

	/**
	 * Returns the value of the '<em><b>Final Report</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True for the cycle of the programme's final report: its baseline is the record of the programme at the end of its period, which the final report compares with the records of the meetings before.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Final Report</em>' attribute.
	 * @see #setFinalReport(boolean)
	 * @see org.mea.jwp.model.JwpPackage#getReportingCycle_FinalReport()
	 * @model
	 * @generated
	 */
	boolean isFinalReport();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.ReportingCycle#isFinalReport <em>Final Report</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Final Report</em>' attribute.
	 * @see #isFinalReport()
	 * @generated
	 */
	void setFinalReport(boolean value);

} // ReportingCycle
