/**
 * Generated from jwp.ecore by EMF; regenerate with ./mvnw -q -f releng/org.mea.jwp.codegen exec:java
 */
package org.mea.jwp.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.BaselineEntry;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.LeadSecretariat;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Baseline Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mea.jwp.model.impl.BaselineEntryImpl#getActivityId <em>Activity Id</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.BaselineEntryImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.BaselineEntryImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.BaselineEntryImpl#getTheme <em>Theme</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.BaselineEntryImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.BaselineEntryImpl#getLead <em>Lead</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.BaselineEntryImpl#getTimeframe <em>Timeframe</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.BaselineEntryImpl#getSpecies <em>Species</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.BaselineEntryImpl#getProgressCount <em>Progress Count</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.BaselineEntryImpl#getProgressDate <em>Progress Date</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.BaselineEntryImpl#getProgressNarrative <em>Progress Narrative</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BaselineEntryImpl extends MinimalEObjectImpl.Container implements BaselineEntry {
	/**
	 * The default value of the '{@link #getActivityId() <em>Activity Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivityId()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTIVITY_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActivityId() <em>Activity Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivityId()
	 * @generated
	 * @ordered
	 */
	protected String activityId = ACTIVITY_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTheme() <em>Theme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheme()
	 * @generated
	 * @ordered
	 */
	protected static final String THEME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTheme() <em>Theme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheme()
	 * @generated
	 * @ordered
	 */
	protected String theme = THEME_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ActivityStatus STATUS_EDEFAULT = ActivityStatus.NOT_STARTED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ActivityStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLead() <em>Lead</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLead()
	 * @generated
	 * @ordered
	 */
	protected static final LeadSecretariat LEAD_EDEFAULT = LeadSecretariat.UNASSIGNED;

	/**
	 * The cached value of the '{@link #getLead() <em>Lead</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLead()
	 * @generated
	 * @ordered
	 */
	protected LeadSecretariat lead = LEAD_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeframe() <em>Timeframe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeframe()
	 * @generated
	 * @ordered
	 */
	protected static final String TIMEFRAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTimeframe() <em>Timeframe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeframe()
	 * @generated
	 * @ordered
	 */
	protected String timeframe = TIMEFRAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSpecies() <em>Species</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpecies()
	 * @generated
	 * @ordered
	 */
	protected EList<String> species;

	/**
	 * The default value of the '{@link #getProgressCount() <em>Progress Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgressCount()
	 * @generated
	 * @ordered
	 */
	protected static final int PROGRESS_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getProgressCount() <em>Progress Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgressCount()
	 * @generated
	 * @ordered
	 */
	protected int progressCount = PROGRESS_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getProgressDate() <em>Progress Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgressDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PROGRESS_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProgressDate() <em>Progress Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgressDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate progressDate = PROGRESS_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getProgressNarrative() <em>Progress Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgressNarrative()
	 * @generated
	 * @ordered
	 */
	protected static final String PROGRESS_NARRATIVE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProgressNarrative() <em>Progress Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgressNarrative()
	 * @generated
	 * @ordered
	 */
	protected String progressNarrative = PROGRESS_NARRATIVE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BaselineEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JwpPackage.Literals.BASELINE_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getActivityId() {
		return activityId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActivityId(String newActivityId) {
		String oldActivityId = activityId;
		activityId = newActivityId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.BASELINE_ENTRY__ACTIVITY_ID, oldActivityId, activityId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.BASELINE_ENTRY__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.BASELINE_ENTRY__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTheme() {
		return theme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTheme(String newTheme) {
		String oldTheme = theme;
		theme = newTheme;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.BASELINE_ENTRY__THEME, oldTheme, theme));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActivityStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ActivityStatus newStatus) {
		ActivityStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.BASELINE_ENTRY__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LeadSecretariat getLead() {
		return lead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLead(LeadSecretariat newLead) {
		LeadSecretariat oldLead = lead;
		lead = newLead == null ? LEAD_EDEFAULT : newLead;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.BASELINE_ENTRY__LEAD, oldLead, lead));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTimeframe() {
		return timeframe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeframe(String newTimeframe) {
		String oldTimeframe = timeframe;
		timeframe = newTimeframe;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.BASELINE_ENTRY__TIMEFRAME, oldTimeframe, timeframe));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSpecies() {
		if (species == null) {
			species = new EDataTypeUniqueEList<String>(String.class, this, JwpPackage.BASELINE_ENTRY__SPECIES);
		}
		return species;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getProgressCount() {
		return progressCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProgressCount(int newProgressCount) {
		int oldProgressCount = progressCount;
		progressCount = newProgressCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.BASELINE_ENTRY__PROGRESS_COUNT, oldProgressCount, progressCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getProgressDate() {
		return progressDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProgressDate(LocalDate newProgressDate) {
		LocalDate oldProgressDate = progressDate;
		progressDate = newProgressDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.BASELINE_ENTRY__PROGRESS_DATE, oldProgressDate, progressDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProgressNarrative() {
		return progressNarrative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProgressNarrative(String newProgressNarrative) {
		String oldProgressNarrative = progressNarrative;
		progressNarrative = newProgressNarrative;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.BASELINE_ENTRY__PROGRESS_NARRATIVE, oldProgressNarrative, progressNarrative));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JwpPackage.BASELINE_ENTRY__ACTIVITY_ID:
				return getActivityId();
			case JwpPackage.BASELINE_ENTRY__CODE:
				return getCode();
			case JwpPackage.BASELINE_ENTRY__TEXT:
				return getText();
			case JwpPackage.BASELINE_ENTRY__THEME:
				return getTheme();
			case JwpPackage.BASELINE_ENTRY__STATUS:
				return getStatus();
			case JwpPackage.BASELINE_ENTRY__LEAD:
				return getLead();
			case JwpPackage.BASELINE_ENTRY__TIMEFRAME:
				return getTimeframe();
			case JwpPackage.BASELINE_ENTRY__SPECIES:
				return getSpecies();
			case JwpPackage.BASELINE_ENTRY__PROGRESS_COUNT:
				return getProgressCount();
			case JwpPackage.BASELINE_ENTRY__PROGRESS_DATE:
				return getProgressDate();
			case JwpPackage.BASELINE_ENTRY__PROGRESS_NARRATIVE:
				return getProgressNarrative();
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
			case JwpPackage.BASELINE_ENTRY__ACTIVITY_ID:
				setActivityId((String)newValue);
				return;
			case JwpPackage.BASELINE_ENTRY__CODE:
				setCode((String)newValue);
				return;
			case JwpPackage.BASELINE_ENTRY__TEXT:
				setText((String)newValue);
				return;
			case JwpPackage.BASELINE_ENTRY__THEME:
				setTheme((String)newValue);
				return;
			case JwpPackage.BASELINE_ENTRY__STATUS:
				setStatus((ActivityStatus)newValue);
				return;
			case JwpPackage.BASELINE_ENTRY__LEAD:
				setLead((LeadSecretariat)newValue);
				return;
			case JwpPackage.BASELINE_ENTRY__TIMEFRAME:
				setTimeframe((String)newValue);
				return;
			case JwpPackage.BASELINE_ENTRY__SPECIES:
				getSpecies().clear();
				getSpecies().addAll((Collection<? extends String>)newValue);
				return;
			case JwpPackage.BASELINE_ENTRY__PROGRESS_COUNT:
				setProgressCount((Integer)newValue);
				return;
			case JwpPackage.BASELINE_ENTRY__PROGRESS_DATE:
				setProgressDate((LocalDate)newValue);
				return;
			case JwpPackage.BASELINE_ENTRY__PROGRESS_NARRATIVE:
				setProgressNarrative((String)newValue);
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
			case JwpPackage.BASELINE_ENTRY__ACTIVITY_ID:
				setActivityId(ACTIVITY_ID_EDEFAULT);
				return;
			case JwpPackage.BASELINE_ENTRY__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case JwpPackage.BASELINE_ENTRY__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case JwpPackage.BASELINE_ENTRY__THEME:
				setTheme(THEME_EDEFAULT);
				return;
			case JwpPackage.BASELINE_ENTRY__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case JwpPackage.BASELINE_ENTRY__LEAD:
				setLead(LEAD_EDEFAULT);
				return;
			case JwpPackage.BASELINE_ENTRY__TIMEFRAME:
				setTimeframe(TIMEFRAME_EDEFAULT);
				return;
			case JwpPackage.BASELINE_ENTRY__SPECIES:
				getSpecies().clear();
				return;
			case JwpPackage.BASELINE_ENTRY__PROGRESS_COUNT:
				setProgressCount(PROGRESS_COUNT_EDEFAULT);
				return;
			case JwpPackage.BASELINE_ENTRY__PROGRESS_DATE:
				setProgressDate(PROGRESS_DATE_EDEFAULT);
				return;
			case JwpPackage.BASELINE_ENTRY__PROGRESS_NARRATIVE:
				setProgressNarrative(PROGRESS_NARRATIVE_EDEFAULT);
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
			case JwpPackage.BASELINE_ENTRY__ACTIVITY_ID:
				return ACTIVITY_ID_EDEFAULT == null ? activityId != null : !ACTIVITY_ID_EDEFAULT.equals(activityId);
			case JwpPackage.BASELINE_ENTRY__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case JwpPackage.BASELINE_ENTRY__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case JwpPackage.BASELINE_ENTRY__THEME:
				return THEME_EDEFAULT == null ? theme != null : !THEME_EDEFAULT.equals(theme);
			case JwpPackage.BASELINE_ENTRY__STATUS:
				return status != STATUS_EDEFAULT;
			case JwpPackage.BASELINE_ENTRY__LEAD:
				return lead != LEAD_EDEFAULT;
			case JwpPackage.BASELINE_ENTRY__TIMEFRAME:
				return TIMEFRAME_EDEFAULT == null ? timeframe != null : !TIMEFRAME_EDEFAULT.equals(timeframe);
			case JwpPackage.BASELINE_ENTRY__SPECIES:
				return species != null && !species.isEmpty();
			case JwpPackage.BASELINE_ENTRY__PROGRESS_COUNT:
				return progressCount != PROGRESS_COUNT_EDEFAULT;
			case JwpPackage.BASELINE_ENTRY__PROGRESS_DATE:
				return PROGRESS_DATE_EDEFAULT == null ? progressDate != null : !PROGRESS_DATE_EDEFAULT.equals(progressDate);
			case JwpPackage.BASELINE_ENTRY__PROGRESS_NARRATIVE:
				return PROGRESS_NARRATIVE_EDEFAULT == null ? progressNarrative != null : !PROGRESS_NARRATIVE_EDEFAULT.equals(progressNarrative);
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
		result.append(" (activityId: ");
		result.append(activityId);
		result.append(", code: ");
		result.append(code);
		result.append(", text: ");
		result.append(text);
		result.append(", theme: ");
		result.append(theme);
		result.append(", status: ");
		result.append(status);
		result.append(", lead: ");
		result.append(lead);
		result.append(", timeframe: ");
		result.append(timeframe);
		result.append(", species: ");
		result.append(species);
		result.append(", progressCount: ");
		result.append(progressCount);
		result.append(", progressDate: ");
		result.append(progressDate);
		result.append(", progressNarrative: ");
		result.append(progressNarrative);
		result.append(')');
		return result.toString();
	}

} //BaselineEntryImpl
