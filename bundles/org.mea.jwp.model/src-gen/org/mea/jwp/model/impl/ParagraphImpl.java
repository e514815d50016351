/**
 * Generated from jwp.ecore by EMF; regenerate with ./mvnw -q -f releng/org.mea.jwp.codegen exec:java
 */
package org.mea.jwp.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Paragraph;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Paragraph</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mea.jwp.model.impl.ParagraphImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ParagraphImpl#getSection <em>Section</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ParagraphImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ParagraphImpl#getItems <em>Items</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ParagraphImpl#getQuotation <em>Quotation</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ParagraphImpl#getContinuation <em>Continuation</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ParagraphImpl extends MinimalEObjectImpl.Container implements Paragraph {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected int number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getSection() <em>Section</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSection()
	 * @generated
	 * @ordered
	 */
	protected static final String SECTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSection() <em>Section</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSection()
	 * @generated
	 * @ordered
	 */
	protected String section = SECTION_EDEFAULT;

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
	 * The cached value of the '{@link #getItems() <em>Items</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected EList<String> items;

	/**
	 * The default value of the '{@link #getQuotation() <em>Quotation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuotation()
	 * @generated
	 * @ordered
	 */
	protected static final String QUOTATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuotation() <em>Quotation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuotation()
	 * @generated
	 * @ordered
	 */
	protected String quotation = QUOTATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getContinuation() <em>Continuation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContinuation()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTINUATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContinuation() <em>Continuation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContinuation()
	 * @generated
	 * @ordered
	 */
	protected String continuation = CONTINUATION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ParagraphImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JwpPackage.Literals.PARAGRAPH;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(int newNumber) {
		int oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.PARAGRAPH__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSection() {
		return section;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSection(String newSection) {
		String oldSection = section;
		section = newSection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.PARAGRAPH__SECTION, oldSection, section));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.PARAGRAPH__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getItems() {
		if (items == null) {
			items = new EDataTypeUniqueEList<String>(String.class, this, JwpPackage.PARAGRAPH__ITEMS);
		}
		return items;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuotation() {
		return quotation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuotation(String newQuotation) {
		String oldQuotation = quotation;
		quotation = newQuotation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.PARAGRAPH__QUOTATION, oldQuotation, quotation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContinuation() {
		return continuation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContinuation(String newContinuation) {
		String oldContinuation = continuation;
		continuation = newContinuation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.PARAGRAPH__CONTINUATION, oldContinuation, continuation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JwpPackage.PARAGRAPH__NUMBER:
				return getNumber();
			case JwpPackage.PARAGRAPH__SECTION:
				return getSection();
			case JwpPackage.PARAGRAPH__TEXT:
				return getText();
			case JwpPackage.PARAGRAPH__ITEMS:
				return getItems();
			case JwpPackage.PARAGRAPH__QUOTATION:
				return getQuotation();
			case JwpPackage.PARAGRAPH__CONTINUATION:
				return getContinuation();
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
			case JwpPackage.PARAGRAPH__NUMBER:
				setNumber((Integer)newValue);
				return;
			case JwpPackage.PARAGRAPH__SECTION:
				setSection((String)newValue);
				return;
			case JwpPackage.PARAGRAPH__TEXT:
				setText((String)newValue);
				return;
			case JwpPackage.PARAGRAPH__ITEMS:
				getItems().clear();
				getItems().addAll((Collection<? extends String>)newValue);
				return;
			case JwpPackage.PARAGRAPH__QUOTATION:
				setQuotation((String)newValue);
				return;
			case JwpPackage.PARAGRAPH__CONTINUATION:
				setContinuation((String)newValue);
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
			case JwpPackage.PARAGRAPH__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case JwpPackage.PARAGRAPH__SECTION:
				setSection(SECTION_EDEFAULT);
				return;
			case JwpPackage.PARAGRAPH__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case JwpPackage.PARAGRAPH__ITEMS:
				getItems().clear();
				return;
			case JwpPackage.PARAGRAPH__QUOTATION:
				setQuotation(QUOTATION_EDEFAULT);
				return;
			case JwpPackage.PARAGRAPH__CONTINUATION:
				setContinuation(CONTINUATION_EDEFAULT);
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
			case JwpPackage.PARAGRAPH__NUMBER:
				return number != NUMBER_EDEFAULT;
			case JwpPackage.PARAGRAPH__SECTION:
				return SECTION_EDEFAULT == null ? section != null : !SECTION_EDEFAULT.equals(section);
			case JwpPackage.PARAGRAPH__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case JwpPackage.PARAGRAPH__ITEMS:
				return items != null && !items.isEmpty();
			case JwpPackage.PARAGRAPH__QUOTATION:
				return QUOTATION_EDEFAULT == null ? quotation != null : !QUOTATION_EDEFAULT.equals(quotation);
			case JwpPackage.PARAGRAPH__CONTINUATION:
				return CONTINUATION_EDEFAULT == null ? continuation != null : !CONTINUATION_EDEFAULT.equals(continuation);
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
		result.append(" (number: ");
		result.append(number);
		result.append(", section: ");
		result.append(section);
		result.append(", text: ");
		result.append(text);
		result.append(", items: ");
		result.append(items);
		result.append(", quotation: ");
		result.append(quotation);
		result.append(", continuation: ");
		result.append(continuation);
		result.append(')');
		return result.toString();
	}

} //ParagraphImpl
