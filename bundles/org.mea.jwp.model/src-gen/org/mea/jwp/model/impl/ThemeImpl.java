/**
 * Generated from jwp.ecore by EMF; regenerate with ./mvnw -q -f releng/org.mea.jwp.codegen exec:java
 */
package org.mea.jwp.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityGroup;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Taxon;
import org.mea.jwp.model.Theme;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Theme</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mea.jwp.model.impl.ThemeImpl#getLetter <em>Letter</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ThemeImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ThemeImpl#getShortName <em>Short Name</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ThemeImpl#getIntroduction <em>Introduction</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ThemeImpl#getFocus <em>Focus</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ThemeImpl#getClosingText <em>Closing Text</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ThemeImpl#getFocusTaxa <em>Focus Taxa</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ThemeImpl#getGroups <em>Groups</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ThemeImpl extends IdentifiedImpl implements Theme {
	/**
	 * The default value of the '{@link #getLetter() <em>Letter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLetter()
	 * @generated
	 * @ordered
	 */
	protected static final String LETTER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLetter() <em>Letter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLetter()
	 * @generated
	 * @ordered
	 */
	protected String letter = LETTER_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getShortName() <em>Short Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortName()
	 * @generated
	 * @ordered
	 */
	protected static final String SHORT_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getShortName() <em>Short Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortName()
	 * @generated
	 * @ordered
	 */
	protected String shortName = SHORT_NAME_EDEFAULT;

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
	 * The cached value of the '{@link #getFocus() <em>Focus</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFocus()
	 * @generated
	 * @ordered
	 */
	protected EList<String> focus;

	/**
	 * The default value of the '{@link #getClosingText() <em>Closing Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosingText()
	 * @generated
	 * @ordered
	 */
	protected static final String CLOSING_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClosingText() <em>Closing Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosingText()
	 * @generated
	 * @ordered
	 */
	protected String closingText = CLOSING_TEXT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFocusTaxa() <em>Focus Taxa</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFocusTaxa()
	 * @generated
	 * @ordered
	 */
	protected EList<Taxon> focusTaxa;

	/**
	 * The cached value of the '{@link #getGroups() <em>Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<ActivityGroup> groups;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ThemeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JwpPackage.Literals.THEME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLetter() {
		return letter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLetter(String newLetter) {
		String oldLetter = letter;
		letter = newLetter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.THEME__LETTER, oldLetter, letter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.THEME__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getShortName() {
		return shortName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShortName(String newShortName) {
		String oldShortName = shortName;
		shortName = newShortName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.THEME__SHORT_NAME, oldShortName, shortName));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.THEME__INTRODUCTION, oldIntroduction, introduction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFocus() {
		if (focus == null) {
			focus = new EDataTypeUniqueEList<String>(String.class, this, JwpPackage.THEME__FOCUS);
		}
		return focus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClosingText() {
		return closingText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClosingText(String newClosingText) {
		String oldClosingText = closingText;
		closingText = newClosingText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.THEME__CLOSING_TEXT, oldClosingText, closingText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Taxon> getFocusTaxa() {
		if (focusTaxa == null) {
			focusTaxa = new EObjectResolvingEList<Taxon>(Taxon.class, this, JwpPackage.THEME__FOCUS_TAXA);
		}
		return focusTaxa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ActivityGroup> getGroups() {
		if (groups == null) {
			groups = new EObjectContainmentEList<ActivityGroup>(ActivityGroup.class, this, JwpPackage.THEME__GROUPS);
		}
		return groups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Activity> activities() {
		return org.mea.jwp.model.operations.ProgrammeOperations.activities(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JwpPackage.THEME__GROUPS:
				return ((InternalEList<?>)getGroups()).basicRemove(otherEnd, msgs);
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
			case JwpPackage.THEME__LETTER:
				return getLetter();
			case JwpPackage.THEME__NAME:
				return getName();
			case JwpPackage.THEME__SHORT_NAME:
				return getShortName();
			case JwpPackage.THEME__INTRODUCTION:
				return getIntroduction();
			case JwpPackage.THEME__FOCUS:
				return getFocus();
			case JwpPackage.THEME__CLOSING_TEXT:
				return getClosingText();
			case JwpPackage.THEME__FOCUS_TAXA:
				return getFocusTaxa();
			case JwpPackage.THEME__GROUPS:
				return getGroups();
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
			case JwpPackage.THEME__LETTER:
				setLetter((String)newValue);
				return;
			case JwpPackage.THEME__NAME:
				setName((String)newValue);
				return;
			case JwpPackage.THEME__SHORT_NAME:
				setShortName((String)newValue);
				return;
			case JwpPackage.THEME__INTRODUCTION:
				setIntroduction((String)newValue);
				return;
			case JwpPackage.THEME__FOCUS:
				getFocus().clear();
				getFocus().addAll((Collection<? extends String>)newValue);
				return;
			case JwpPackage.THEME__CLOSING_TEXT:
				setClosingText((String)newValue);
				return;
			case JwpPackage.THEME__FOCUS_TAXA:
				getFocusTaxa().clear();
				getFocusTaxa().addAll((Collection<? extends Taxon>)newValue);
				return;
			case JwpPackage.THEME__GROUPS:
				getGroups().clear();
				getGroups().addAll((Collection<? extends ActivityGroup>)newValue);
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
			case JwpPackage.THEME__LETTER:
				setLetter(LETTER_EDEFAULT);
				return;
			case JwpPackage.THEME__NAME:
				setName(NAME_EDEFAULT);
				return;
			case JwpPackage.THEME__SHORT_NAME:
				setShortName(SHORT_NAME_EDEFAULT);
				return;
			case JwpPackage.THEME__INTRODUCTION:
				setIntroduction(INTRODUCTION_EDEFAULT);
				return;
			case JwpPackage.THEME__FOCUS:
				getFocus().clear();
				return;
			case JwpPackage.THEME__CLOSING_TEXT:
				setClosingText(CLOSING_TEXT_EDEFAULT);
				return;
			case JwpPackage.THEME__FOCUS_TAXA:
				getFocusTaxa().clear();
				return;
			case JwpPackage.THEME__GROUPS:
				getGroups().clear();
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
			case JwpPackage.THEME__LETTER:
				return LETTER_EDEFAULT == null ? letter != null : !LETTER_EDEFAULT.equals(letter);
			case JwpPackage.THEME__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case JwpPackage.THEME__SHORT_NAME:
				return SHORT_NAME_EDEFAULT == null ? shortName != null : !SHORT_NAME_EDEFAULT.equals(shortName);
			case JwpPackage.THEME__INTRODUCTION:
				return INTRODUCTION_EDEFAULT == null ? introduction != null : !INTRODUCTION_EDEFAULT.equals(introduction);
			case JwpPackage.THEME__FOCUS:
				return focus != null && !focus.isEmpty();
			case JwpPackage.THEME__CLOSING_TEXT:
				return CLOSING_TEXT_EDEFAULT == null ? closingText != null : !CLOSING_TEXT_EDEFAULT.equals(closingText);
			case JwpPackage.THEME__FOCUS_TAXA:
				return focusTaxa != null && !focusTaxa.isEmpty();
			case JwpPackage.THEME__GROUPS:
				return groups != null && !groups.isEmpty();
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
			case JwpPackage.THEME___ACTIVITIES:
				return activities();
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
		result.append(" (letter: ");
		result.append(letter);
		result.append(", name: ");
		result.append(name);
		result.append(", shortName: ");
		result.append(shortName);
		result.append(", introduction: ");
		result.append(introduction);
		result.append(", focus: ");
		result.append(focus);
		result.append(", closingText: ");
		result.append(closingText);
		result.append(')');
		return result.toString();
	}

} //ThemeImpl
