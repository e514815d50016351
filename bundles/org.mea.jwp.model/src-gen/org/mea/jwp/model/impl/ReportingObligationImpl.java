/**
 * Generated from jwp.ecore by EMF; regenerate with ./mvnw -q -f releng/org.mea.jwp.codegen exec:java
 */
package org.mea.jwp.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.mea.jwp.model.Activity;
import org.mea.jwp.model.Body;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Meeting;
import org.mea.jwp.model.ReportingObligation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Reporting Obligation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mea.jwp.model.impl.ReportingObligationImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ReportingObligationImpl#getCommittee <em>Committee</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ReportingObligationImpl#getMeeting <em>Meeting</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ReportingObligationImpl#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ReportingObligationImpl#getDueText <em>Due Text</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ReportingObligationImpl#getActivities <em>Activities</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReportingObligationImpl extends IdentifiedImpl implements ReportingObligation {
	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

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
	 * The default value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DUE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dueDate = DUE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDueText() <em>Due Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueText()
	 * @generated
	 * @ordered
	 */
	protected static final String DUE_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDueText() <em>Due Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueText()
	 * @generated
	 * @ordered
	 */
	protected String dueText = DUE_TEXT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getActivities() <em>Activities</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivities()
	 * @generated
	 * @ordered
	 */
	protected EList<Activity> activities;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReportingObligationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JwpPackage.Literals.REPORTING_OBLIGATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.REPORTING_OBLIGATION__DESCRIPTION, oldDescription, description));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JwpPackage.REPORTING_OBLIGATION__COMMITTEE, oldCommittee, committee));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.REPORTING_OBLIGATION__COMMITTEE, oldCommittee, committee));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JwpPackage.REPORTING_OBLIGATION__MEETING, oldMeeting, meeting));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.REPORTING_OBLIGATION__MEETING, oldMeeting, meeting));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDueDate() {
		return dueDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueDate(LocalDate newDueDate) {
		LocalDate oldDueDate = dueDate;
		dueDate = newDueDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.REPORTING_OBLIGATION__DUE_DATE, oldDueDate, dueDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDueText() {
		return dueText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueText(String newDueText) {
		String oldDueText = dueText;
		dueText = newDueText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.REPORTING_OBLIGATION__DUE_TEXT, oldDueText, dueText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Activity> getActivities() {
		if (activities == null) {
			activities = new EObjectResolvingEList<Activity>(Activity.class, this, JwpPackage.REPORTING_OBLIGATION__ACTIVITIES);
		}
		return activities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JwpPackage.REPORTING_OBLIGATION__DESCRIPTION:
				return getDescription();
			case JwpPackage.REPORTING_OBLIGATION__COMMITTEE:
				if (resolve) return getCommittee();
				return basicGetCommittee();
			case JwpPackage.REPORTING_OBLIGATION__MEETING:
				if (resolve) return getMeeting();
				return basicGetMeeting();
			case JwpPackage.REPORTING_OBLIGATION__DUE_DATE:
				return getDueDate();
			case JwpPackage.REPORTING_OBLIGATION__DUE_TEXT:
				return getDueText();
			case JwpPackage.REPORTING_OBLIGATION__ACTIVITIES:
				return getActivities();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case JwpPackage.REPORTING_OBLIGATION__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case JwpPackage.REPORTING_OBLIGATION__COMMITTEE:
				setCommittee((Body)newValue);
				return;
			case JwpPackage.REPORTING_OBLIGATION__MEETING:
				setMeeting((Meeting)newValue);
				return;
			case JwpPackage.REPORTING_OBLIGATION__DUE_DATE:
				setDueDate((LocalDate)newValue);
				return;
			case JwpPackage.REPORTING_OBLIGATION__DUE_TEXT:
				setDueText((String)newValue);
				return;
			case JwpPackage.REPORTING_OBLIGATION__ACTIVITIES:
				getActivities().clear();
				getActivities().addAll((Collection<? extends Activity>)newValue);
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
			case JwpPackage.REPORTING_OBLIGATION__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case JwpPackage.REPORTING_OBLIGATION__COMMITTEE:
				setCommittee((Body)null);
				return;
			case JwpPackage.REPORTING_OBLIGATION__MEETING:
				setMeeting((Meeting)null);
				return;
			case JwpPackage.REPORTING_OBLIGATION__DUE_DATE:
				setDueDate(DUE_DATE_EDEFAULT);
				return;
			case JwpPackage.REPORTING_OBLIGATION__DUE_TEXT:
				setDueText(DUE_TEXT_EDEFAULT);
				return;
			case JwpPackage.REPORTING_OBLIGATION__ACTIVITIES:
				getActivities().clear();
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
			case JwpPackage.REPORTING_OBLIGATION__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case JwpPackage.REPORTING_OBLIGATION__COMMITTEE:
				return committee != null;
			case JwpPackage.REPORTING_OBLIGATION__MEETING:
				return meeting != null;
			case JwpPackage.REPORTING_OBLIGATION__DUE_DATE:
				return DUE_DATE_EDEFAULT == null ? dueDate != null : !DUE_DATE_EDEFAULT.equals(dueDate);
			case JwpPackage.REPORTING_OBLIGATION__DUE_TEXT:
				return DUE_TEXT_EDEFAULT == null ? dueText != null : !DUE_TEXT_EDEFAULT.equals(dueText);
			case JwpPackage.REPORTING_OBLIGATION__ACTIVITIES:
				return activities != null && !activities.isEmpty();
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
		result.append(" (description: ");
		result.append(description);
		result.append(", dueDate: ");
		result.append(dueDate);
		result.append(", dueText: ");
		result.append(dueText);
		result.append(')');
		return result.toString();
	}

} //ReportingObligationImpl
