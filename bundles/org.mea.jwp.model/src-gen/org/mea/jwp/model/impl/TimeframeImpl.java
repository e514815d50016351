/**
 * Generated from jwp.ecore by EMF; regenerate with ./mvnw -q -f releng/org.mea.jwp.codegen exec:java
 */
package org.mea.jwp.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Timeframe;
import org.mea.jwp.model.TimeframeKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Timeframe</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mea.jwp.model.impl.TimeframeImpl#getOriginal <em>Original</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.TimeframeImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.TimeframeImpl#getStartYear <em>Start Year</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.TimeframeImpl#getEndYear <em>End Year</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.TimeframeImpl#getRecurrence <em>Recurrence</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.TimeframeImpl#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.TimeframeImpl#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.TimeframeImpl#getDueText <em>Due Text</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TimeframeImpl extends MinimalEObjectImpl.Container implements Timeframe {
	/**
	 * The default value of the '{@link #getOriginal() <em>Original</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginal()
	 * @generated
	 * @ordered
	 */
	protected static final String ORIGINAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOriginal() <em>Original</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginal()
	 * @generated
	 * @ordered
	 */
	protected String original = ORIGINAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final TimeframeKind KIND_EDEFAULT = TimeframeKind.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected TimeframeKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartYear() <em>Start Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartYear()
	 * @generated
	 * @ordered
	 */
	protected static final int START_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStartYear() <em>Start Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartYear()
	 * @generated
	 * @ordered
	 */
	protected int startYear = START_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndYear() <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndYear()
	 * @generated
	 * @ordered
	 */
	protected static final int END_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEndYear() <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndYear()
	 * @generated
	 * @ordered
	 */
	protected int endYear = END_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecurrence() <em>Recurrence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecurrence()
	 * @generated
	 * @ordered
	 */
	protected static final String RECURRENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecurrence() <em>Recurrence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecurrence()
	 * @generated
	 * @ordered
	 */
	protected String recurrence = RECURRENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCondition() <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCondition()
	 * @generated
	 * @ordered
	 */
	protected static final String CONDITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCondition() <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCondition()
	 * @generated
	 * @ordered
	 */
	protected String condition = CONDITION_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TimeframeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JwpPackage.Literals.TIMEFRAME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOriginal() {
		return original;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOriginal(String newOriginal) {
		String oldOriginal = original;
		original = newOriginal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.TIMEFRAME__ORIGINAL, oldOriginal, original));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimeframeKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(TimeframeKind newKind) {
		TimeframeKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.TIMEFRAME__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStartYear() {
		return startYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartYear(int newStartYear) {
		int oldStartYear = startYear;
		startYear = newStartYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.TIMEFRAME__START_YEAR, oldStartYear, startYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEndYear() {
		return endYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndYear(int newEndYear) {
		int oldEndYear = endYear;
		endYear = newEndYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.TIMEFRAME__END_YEAR, oldEndYear, endYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecurrence() {
		return recurrence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecurrence(String newRecurrence) {
		String oldRecurrence = recurrence;
		recurrence = newRecurrence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.TIMEFRAME__RECURRENCE, oldRecurrence, recurrence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCondition() {
		return condition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCondition(String newCondition) {
		String oldCondition = condition;
		condition = newCondition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.TIMEFRAME__CONDITION, oldCondition, condition));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.TIMEFRAME__DUE_DATE, oldDueDate, dueDate));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.TIMEFRAME__DUE_TEXT, oldDueText, dueText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate endDate() {
		return org.mea.jwp.model.operations.TimeframeOperations.endDate(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String describe() {
		return org.mea.jwp.model.operations.TimeframeOperations.describe(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JwpPackage.TIMEFRAME__ORIGINAL:
				return getOriginal();
			case JwpPackage.TIMEFRAME__KIND:
				return getKind();
			case JwpPackage.TIMEFRAME__START_YEAR:
				return getStartYear();
			case JwpPackage.TIMEFRAME__END_YEAR:
				return getEndYear();
			case JwpPackage.TIMEFRAME__RECURRENCE:
				return getRecurrence();
			case JwpPackage.TIMEFRAME__CONDITION:
				return getCondition();
			case JwpPackage.TIMEFRAME__DUE_DATE:
				return getDueDate();
			case JwpPackage.TIMEFRAME__DUE_TEXT:
				return getDueText();
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
			case JwpPackage.TIMEFRAME__ORIGINAL:
				setOriginal((String)newValue);
				return;
			case JwpPackage.TIMEFRAME__KIND:
				setKind((TimeframeKind)newValue);
				return;
			case JwpPackage.TIMEFRAME__START_YEAR:
				setStartYear((Integer)newValue);
				return;
			case JwpPackage.TIMEFRAME__END_YEAR:
				setEndYear((Integer)newValue);
				return;
			case JwpPackage.TIMEFRAME__RECURRENCE:
				setRecurrence((String)newValue);
				return;
			case JwpPackage.TIMEFRAME__CONDITION:
				setCondition((String)newValue);
				return;
			case JwpPackage.TIMEFRAME__DUE_DATE:
				setDueDate((LocalDate)newValue);
				return;
			case JwpPackage.TIMEFRAME__DUE_TEXT:
				setDueText((String)newValue);
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
			case JwpPackage.TIMEFRAME__ORIGINAL:
				setOriginal(ORIGINAL_EDEFAULT);
				return;
			case JwpPackage.TIMEFRAME__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case JwpPackage.TIMEFRAME__START_YEAR:
				setStartYear(START_YEAR_EDEFAULT);
				return;
			case JwpPackage.TIMEFRAME__END_YEAR:
				setEndYear(END_YEAR_EDEFAULT);
				return;
			case JwpPackage.TIMEFRAME__RECURRENCE:
				setRecurrence(RECURRENCE_EDEFAULT);
				return;
			case JwpPackage.TIMEFRAME__CONDITION:
				setCondition(CONDITION_EDEFAULT);
				return;
			case JwpPackage.TIMEFRAME__DUE_DATE:
				setDueDate(DUE_DATE_EDEFAULT);
				return;
			case JwpPackage.TIMEFRAME__DUE_TEXT:
				setDueText(DUE_TEXT_EDEFAULT);
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
			case JwpPackage.TIMEFRAME__ORIGINAL:
				return ORIGINAL_EDEFAULT == null ? original != null : !ORIGINAL_EDEFAULT.equals(original);
			case JwpPackage.TIMEFRAME__KIND:
				return kind != KIND_EDEFAULT;
			case JwpPackage.TIMEFRAME__START_YEAR:
				return startYear != START_YEAR_EDEFAULT;
			case JwpPackage.TIMEFRAME__END_YEAR:
				return endYear != END_YEAR_EDEFAULT;
			case JwpPackage.TIMEFRAME__RECURRENCE:
				return RECURRENCE_EDEFAULT == null ? recurrence != null : !RECURRENCE_EDEFAULT.equals(recurrence);
			case JwpPackage.TIMEFRAME__CONDITION:
				return CONDITION_EDEFAULT == null ? condition != null : !CONDITION_EDEFAULT.equals(condition);
			case JwpPackage.TIMEFRAME__DUE_DATE:
				return DUE_DATE_EDEFAULT == null ? dueDate != null : !DUE_DATE_EDEFAULT.equals(dueDate);
			case JwpPackage.TIMEFRAME__DUE_TEXT:
				return DUE_TEXT_EDEFAULT == null ? dueText != null : !DUE_TEXT_EDEFAULT.equals(dueText);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case JwpPackage.TIMEFRAME___END_DATE:
				return endDate();
			case JwpPackage.TIMEFRAME___DESCRIBE:
				return describe();
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (original: ");
		result.append(original);
		result.append(", kind: ");
		result.append(kind);
		result.append(", startYear: ");
		result.append(startYear);
		result.append(", endYear: ");
		result.append(endYear);
		result.append(", recurrence: ");
		result.append(recurrence);
		result.append(", condition: ");
		result.append(condition);
		result.append(", dueDate: ");
		result.append(dueDate);
		result.append(", dueText: ");
		result.append(dueText);
		result.append(')');
		return result.toString();
	}

} //TimeframeImpl
