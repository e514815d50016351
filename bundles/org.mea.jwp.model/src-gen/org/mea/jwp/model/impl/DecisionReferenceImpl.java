/**
 * Generated from jwp.ecore by EMF; regenerate with ./mvnw -q -f releng/org.mea.jwp.codegen exec:java
 */
package org.mea.jwp.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.mea.jwp.model.Convention;
import org.mea.jwp.model.DecisionKind;
import org.mea.jwp.model.DecisionReference;
import org.mea.jwp.model.JwpPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Decision Reference</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mea.jwp.model.impl.DecisionReferenceImpl#getReference <em>Reference</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.DecisionReferenceImpl#getConvention <em>Convention</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.DecisionReferenceImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.DecisionReferenceImpl#getTitle <em>Title</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DecisionReferenceImpl extends IdentifiedImpl implements DecisionReference {
	/**
	 * The default value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected static final String REFERENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected String reference = REFERENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getConvention() <em>Convention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConvention()
	 * @generated
	 * @ordered
	 */
	protected static final Convention CONVENTION_EDEFAULT = Convention.NONE;

	/**
	 * The cached value of the '{@link #getConvention() <em>Convention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConvention()
	 * @generated
	 * @ordered
	 */
	protected Convention convention = CONVENTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final DecisionKind KIND_EDEFAULT = DecisionKind.RESOLUTION;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected DecisionKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DecisionReferenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JwpPackage.Literals.DECISION_REFERENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReference() {
		return reference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReference(String newReference) {
		String oldReference = reference;
		reference = newReference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.DECISION_REFERENCE__REFERENCE, oldReference, reference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Convention getConvention() {
		return convention;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConvention(Convention newConvention) {
		Convention oldConvention = convention;
		convention = newConvention == null ? CONVENTION_EDEFAULT : newConvention;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.DECISION_REFERENCE__CONVENTION, oldConvention, convention));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DecisionKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(DecisionKind newKind) {
		DecisionKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.DECISION_REFERENCE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.DECISION_REFERENCE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JwpPackage.DECISION_REFERENCE__REFERENCE:
				return getReference();
			case JwpPackage.DECISION_REFERENCE__CONVENTION:
				return getConvention();
			case JwpPackage.DECISION_REFERENCE__KIND:
				return getKind();
			case JwpPackage.DECISION_REFERENCE__TITLE:
				return getTitle();
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
			case JwpPackage.DECISION_REFERENCE__REFERENCE:
				setReference((String)newValue);
				return;
			case JwpPackage.DECISION_REFERENCE__CONVENTION:
				setConvention((Convention)newValue);
				return;
			case JwpPackage.DECISION_REFERENCE__KIND:
				setKind((DecisionKind)newValue);
				return;
			case JwpPackage.DECISION_REFERENCE__TITLE:
				setTitle((String)newValue);
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
			case JwpPackage.DECISION_REFERENCE__REFERENCE:
				setReference(REFERENCE_EDEFAULT);
				return;
			case JwpPackage.DECISION_REFERENCE__CONVENTION:
				setConvention(CONVENTION_EDEFAULT);
				return;
			case JwpPackage.DECISION_REFERENCE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case JwpPackage.DECISION_REFERENCE__TITLE:
				setTitle(TITLE_EDEFAULT);
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
			case JwpPackage.DECISION_REFERENCE__REFERENCE:
				return REFERENCE_EDEFAULT == null ? reference != null : !REFERENCE_EDEFAULT.equals(reference);
			case JwpPackage.DECISION_REFERENCE__CONVENTION:
				return convention != CONVENTION_EDEFAULT;
			case JwpPackage.DECISION_REFERENCE__KIND:
				return kind != KIND_EDEFAULT;
			case JwpPackage.DECISION_REFERENCE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
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
		result.append(" (reference: ");
		result.append(reference);
		result.append(", convention: ");
		result.append(convention);
		result.append(", kind: ");
		result.append(kind);
		result.append(", title: ");
		result.append(title);
		result.append(')');
		return result.toString();
	}

} //DecisionReferenceImpl
