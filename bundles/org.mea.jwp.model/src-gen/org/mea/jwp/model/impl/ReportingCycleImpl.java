/**
 * Generated from jwp.ecore by EMF; regenerate with ./mvnw -q -f releng/org.mea.jwp.codegen exec:java
 */
package org.mea.jwp.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.mea.jwp.model.Baseline;
import org.mea.jwp.model.Body;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Meeting;
import org.mea.jwp.model.ReportingCycle;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Reporting Cycle</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mea.jwp.model.impl.ReportingCycleImpl#getCommittee <em>Committee</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ReportingCycleImpl#getMeeting <em>Meeting</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ReportingCycleImpl#getDocumentSymbol <em>Document Symbol</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ReportingCycleImpl#getReportingDate <em>Reporting Date</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ReportingCycleImpl#getIntroduction <em>Introduction</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ReportingCycleImpl#getRecommendations <em>Recommendations</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ReportingCycleImpl#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ReportingCycleImpl#isFinalReport <em>Final Report</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReportingCycleImpl extends IdentifiedImpl implements ReportingCycle {
	/**
	 * The cached value of the '{@link #getCommittee() <em>Committee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommittee()
	 * @generated
	 * @ordered
	 */
	protected Body committee;

	/**
	 * The cached value of the '{@link #getMeeting() <em>Meeting</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeeting()
	 * @generated
	 * @ordered
	 */
	protected Meeting meeting;

	/**
	 * The default value of the '{@link #getDocumentSymbol() <em>Document Symbol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentSymbol()
	 * @generated
	 * @ordered
	 */
	protected static final String DOCUMENT_SYMBOL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDocumentSymbol() <em>Document Symbol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentSymbol()
	 * @generated
	 * @ordered
	 */
	protected String documentSymbol = DOCUMENT_SYMBOL_EDEFAULT;

	/**
	 * The default value of the '{@link #getReportingDate() <em>Reporting Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportingDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate REPORTING_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReportingDate() <em>Reporting Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportingDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate reportingDate = REPORTING_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getIntroduction() <em>Introduction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntroduction()
	 * @generated
	 * @ordered
	 */
	protected static final String INTRODUCTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIntroduction() <em>Introduction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntroduction()
	 * @generated
	 * @ordered
	 */
	protected String introduction = INTRODUCTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecommendations() <em>Recommendations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommendations()
	 * @generated
	 * @ordered
	 */
	protected static final String RECOMMENDATIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecommendations() <em>Recommendations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommendations()
	 * @generated
	 * @ordered
	 */
	protected String recommendations = RECOMMENDATIONS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBaseline() <em>Baseline</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected Baseline baseline;

	/**
	 * The default value of the '{@link #isFinalReport() <em>Final Report</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFinalReport()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FINAL_REPORT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFinalReport() <em>Final Report</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFinalReport()
	 * @generated
	 * @ordered
	 */
	protected boolean finalReport = FINAL_REPORT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReportingCycleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JwpPackage.Literals.REPORTING_CYCLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Body getCommittee() {
		if (committee != null && committee.eIsProxy()) {
			InternalEObject oldCommittee = (InternalEObject)committee;
			committee = (Body)eResolveProxy(oldCommittee);
			if (committee != oldCommittee) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JwpPackage.REPORTING_CYCLE__COMMITTEE, oldCommittee, committee));
			}
		}
		return committee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Body basicGetCommittee() {
		return committee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommittee(Body newCommittee) {
		Body oldCommittee = committee;
		committee = newCommittee;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.REPORTING_CYCLE__COMMITTEE, oldCommittee, committee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Meeting getMeeting() {
		if (meeting != null && meeting.eIsProxy()) {
			InternalEObject oldMeeting = (InternalEObject)meeting;
			meeting = (Meeting)eResolveProxy(oldMeeting);
			if (meeting != oldMeeting) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JwpPackage.REPORTING_CYCLE__MEETING, oldMeeting, meeting));
			}
		}
		return meeting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Meeting basicGetMeeting() {
		return meeting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeeting(Meeting newMeeting) {
		Meeting oldMeeting = meeting;
		meeting = newMeeting;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.REPORTING_CYCLE__MEETING, oldMeeting, meeting));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDocumentSymbol() {
		return documentSymbol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocumentSymbol(String newDocumentSymbol) {
		String oldDocumentSymbol = documentSymbol;
		documentSymbol = newDocumentSymbol;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.REPORTING_CYCLE__DOCUMENT_SYMBOL, oldDocumentSymbol, documentSymbol));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getReportingDate() {
		return reportingDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportingDate(LocalDate newReportingDate) {
		LocalDate oldReportingDate = reportingDate;
		reportingDate = newReportingDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.REPORTING_CYCLE__REPORTING_DATE, oldReportingDate, reportingDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIntroduction() {
		return introduction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntroduction(String newIntroduction) {
		String oldIntroduction = introduction;
		introduction = newIntroduction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.REPORTING_CYCLE__INTRODUCTION, oldIntroduction, introduction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecommendations() {
		return recommendations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecommendations(String newRecommendations) {
		String oldRecommendations = recommendations;
		recommendations = newRecommendations;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.REPORTING_CYCLE__RECOMMENDATIONS, oldRecommendations, recommendations));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Baseline getBaseline() {
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBaseline(Baseline newBaseline, NotificationChain msgs) {
		Baseline oldBaseline = baseline;
		baseline = newBaseline;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, JwpPackage.REPORTING_CYCLE__BASELINE, oldBaseline, newBaseline);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseline(Baseline newBaseline) {
		if (newBaseline != baseline) {
			NotificationChain msgs = null;
			if (baseline != null)
				msgs = ((InternalEObject)baseline).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - JwpPackage.REPORTING_CYCLE__BASELINE, null, msgs);
			if (newBaseline != null)
				msgs = ((InternalEObject)newBaseline).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - JwpPackage.REPORTING_CYCLE__BASELINE, null, msgs);
			msgs = basicSetBaseline(newBaseline, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.REPORTING_CYCLE__BASELINE, newBaseline, newBaseline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFinalReport() {
		return finalReport;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinalReport(boolean newFinalReport) {
		boolean oldFinalReport = finalReport;
		finalReport = newFinalReport;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.REPORTING_CYCLE__FINAL_REPORT, oldFinalReport, finalReport));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JwpPackage.REPORTING_CYCLE__BASELINE:
				return basicSetBaseline(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JwpPackage.REPORTING_CYCLE__COMMITTEE:
				if (resolve) return getCommittee();
				return basicGetCommittee();
			case JwpPackage.REPORTING_CYCLE__MEETING:
				if (resolve) return getMeeting();
				return basicGetMeeting();
			case JwpPackage.REPORTING_CYCLE__DOCUMENT_SYMBOL:
				return getDocumentSymbol();
			case JwpPackage.REPORTING_CYCLE__REPORTING_DATE:
				return getReportingDate();
			case JwpPackage.REPORTING_CYCLE__INTRODUCTION:
				return getIntroduction();
			case JwpPackage.REPORTING_CYCLE__RECOMMENDATIONS:
				return getRecommendations();
			case JwpPackage.REPORTING_CYCLE__BASELINE:
				return getBaseline();
			case JwpPackage.REPORTING_CYCLE__FINAL_REPORT:
				return isFinalReport();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case JwpPackage.REPORTING_CYCLE__COMMITTEE:
				setCommittee((Body)newValue);
				return;
			case JwpPackage.REPORTING_CYCLE__MEETING:
				setMeeting((Meeting)newValue);
				return;
			case JwpPackage.REPORTING_CYCLE__DOCUMENT_SYMBOL:
				setDocumentSymbol((String)newValue);
				return;
			case JwpPackage.REPORTING_CYCLE__REPORTING_DATE:
				setReportingDate((LocalDate)newValue);
				return;
			case JwpPackage.REPORTING_CYCLE__INTRODUCTION:
				setIntroduction((String)newValue);
				return;
			case JwpPackage.REPORTING_CYCLE__RECOMMENDATIONS:
				setRecommendations((String)newValue);
				return;
			case JwpPackage.REPORTING_CYCLE__BASELINE:
				setBaseline((Baseline)newValue);
				return;
			case JwpPackage.REPORTING_CYCLE__FINAL_REPORT:
				setFinalReport((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case JwpPackage.REPORTING_CYCLE__COMMITTEE:
				setCommittee((Body)null);
				return;
			case JwpPackage.REPORTING_CYCLE__MEETING:
				setMeeting((Meeting)null);
				return;
			case JwpPackage.REPORTING_CYCLE__DOCUMENT_SYMBOL:
				setDocumentSymbol(DOCUMENT_SYMBOL_EDEFAULT);
				return;
			case JwpPackage.REPORTING_CYCLE__REPORTING_DATE:
				setReportingDate(REPORTING_DATE_EDEFAULT);
				return;
			case JwpPackage.REPORTING_CYCLE__INTRODUCTION:
				setIntroduction(INTRODUCTION_EDEFAULT);
				return;
			case JwpPackage.REPORTING_CYCLE__RECOMMENDATIONS:
				setRecommendations(RECOMMENDATIONS_EDEFAULT);
				return;
			case JwpPackage.REPORTING_CYCLE__BASELINE:
				setBaseline((Baseline)null);
				return;
			case JwpPackage.REPORTING_CYCLE__FINAL_REPORT:
				setFinalReport(FINAL_REPORT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case JwpPackage.REPORTING_CYCLE__COMMITTEE:
				return committee != null;
			case JwpPackage.REPORTING_CYCLE__MEETING:
				return meeting != null;
			case JwpPackage.REPORTING_CYCLE__DOCUMENT_SYMBOL:
				return DOCUMENT_SYMBOL_EDEFAULT == null ? documentSymbol != null : !DOCUMENT_SYMBOL_EDEFAULT.equals(documentSymbol);
			case JwpPackage.REPORTING_CYCLE__REPORTING_DATE:
				return REPORTING_DATE_EDEFAULT == null ? reportingDate != null : !REPORTING_DATE_EDEFAULT.equals(reportingDate);
			case JwpPackage.REPORTING_CYCLE__INTRODUCTION:
				return INTRODUCTION_EDEFAULT == null ? introduction != null : !INTRODUCTION_EDEFAULT.equals(introduction);
			case JwpPackage.REPORTING_CYCLE__RECOMMENDATIONS:
				return RECOMMENDATIONS_EDEFAULT == null ? recommendations != null : !RECOMMENDATIONS_EDEFAULT.equals(recommendations);
			case JwpPackage.REPORTING_CYCLE__BASELINE:
				return baseline != null;
			case JwpPackage.REPORTING_CYCLE__FINAL_REPORT:
				return finalReport != FINAL_REPORT_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (documentSymbol: ");
		result.append(documentSymbol);
		result.append(", reportingDate: ");
		result.append(reportingDate);
		result.append(", introduction: ");
		result.append(introduction);
		result.append(", recommendations: ");
		result.append(recommendations);
		result.append(", finalReport: ");
		result.append(finalReport);
		result.append(')');
		return result.toString();
	}

} //ReportingCycleImpl
