/**
 * Generated from jwp.ecore by EMF; regenerate with ./mvnw -q -f releng/org.mea.jwp.codegen exec:java
 */
package org.mea.jwp.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.mea.jwp.model.Body;
import org.mea.jwp.model.BodyKind;
import org.mea.jwp.model.Convention;
import org.mea.jwp.model.DocumentLayout;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Organization;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Body</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mea.jwp.model.impl.BodyImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.BodyImpl#getAbbreviation <em>Abbreviation</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.BodyImpl#getConvention <em>Convention</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.BodyImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.BodyImpl#getOrganizer <em>Organizer</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.BodyImpl#getConventionTitle <em>Convention Title</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.BodyImpl#getSecretariat <em>Secretariat</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.BodyImpl#getDocumentSymbolPattern <em>Document Symbol Pattern</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.BodyImpl#getDocumentLayout <em>Document Layout</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BodyImpl extends IdentifiedImpl implements Body {
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
	 * The default value of the '{@link #getAbbreviation() <em>Abbreviation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAbbreviation()
	 * @generated
	 * @ordered
	 */
	protected static final String ABBREVIATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAbbreviation() <em>Abbreviation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAbbreviation()
	 * @generated
	 * @ordered
	 */
	protected String abbreviation = ABBREVIATION_EDEFAULT;

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
	protected static final BodyKind KIND_EDEFAULT = BodyKind.OTHER;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected BodyKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOrganizer() <em>Organizer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganizer()
	 * @generated
	 * @ordered
	 */
	protected Organization organizer;

	/**
	 * The default value of the '{@link #getConventionTitle() <em>Convention Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConventionTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String CONVENTION_TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConventionTitle() <em>Convention Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConventionTitle()
	 * @generated
	 * @ordered
	 */
	protected String conventionTitle = CONVENTION_TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSecretariat() <em>Secretariat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecretariat()
	 * @generated
	 * @ordered
	 */
	protected static final String SECRETARIAT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSecretariat() <em>Secretariat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecretariat()
	 * @generated
	 * @ordered
	 */
	protected String secretariat = SECRETARIAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDocumentSymbolPattern() <em>Document Symbol Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentSymbolPattern()
	 * @generated
	 * @ordered
	 */
	protected static final String DOCUMENT_SYMBOL_PATTERN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDocumentSymbolPattern() <em>Document Symbol Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentSymbolPattern()
	 * @generated
	 * @ordered
	 */
	protected String documentSymbolPattern = DOCUMENT_SYMBOL_PATTERN_EDEFAULT;

	/**
	 * The default value of the '{@link #getDocumentLayout() <em>Document Layout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentLayout()
	 * @generated
	 * @ordered
	 */
	protected static final DocumentLayout DOCUMENT_LAYOUT_EDEFAULT = DocumentLayout.NONE;

	/**
	 * The cached value of the '{@link #getDocumentLayout() <em>Document Layout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentLayout()
	 * @generated
	 * @ordered
	 */
	protected DocumentLayout documentLayout = DOCUMENT_LAYOUT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BodyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JwpPackage.Literals.BODY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.BODY__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAbbreviation() {
		return abbreviation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAbbreviation(String newAbbreviation) {
		String oldAbbreviation = abbreviation;
		abbreviation = newAbbreviation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.BODY__ABBREVIATION, oldAbbreviation, abbreviation));
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
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.BODY__CONVENTION, oldConvention, convention));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BodyKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(BodyKind newKind) {
		BodyKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.BODY__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization getOrganizer() {
		if (organizer != null && organizer.eIsProxy()) {
			InternalEObject oldOrganizer = (InternalEObject)organizer;
			organizer = (Organization)eResolveProxy(oldOrganizer);
			if (organizer != oldOrganizer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, JwpPackage.BODY__ORGANIZER, oldOrganizer, organizer));
			}
		}
		return organizer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organization basicGetOrganizer() {
		return organizer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganizer(Organization newOrganizer) {
		Organization oldOrganizer = organizer;
		organizer = newOrganizer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.BODY__ORGANIZER, oldOrganizer, organizer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConventionTitle() {
		return conventionTitle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConventionTitle(String newConventionTitle) {
		String oldConventionTitle = conventionTitle;
		conventionTitle = newConventionTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.BODY__CONVENTION_TITLE, oldConventionTitle, conventionTitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSecretariat() {
		return secretariat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecretariat(String newSecretariat) {
		String oldSecretariat = secretariat;
		secretariat = newSecretariat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.BODY__SECRETARIAT, oldSecretariat, secretariat));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDocumentSymbolPattern() {
		return documentSymbolPattern;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocumentSymbolPattern(String newDocumentSymbolPattern) {
		String oldDocumentSymbolPattern = documentSymbolPattern;
		documentSymbolPattern = newDocumentSymbolPattern;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.BODY__DOCUMENT_SYMBOL_PATTERN, oldDocumentSymbolPattern, documentSymbolPattern));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DocumentLayout getDocumentLayout() {
		return documentLayout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocumentLayout(DocumentLayout newDocumentLayout) {
		DocumentLayout oldDocumentLayout = documentLayout;
		documentLayout = newDocumentLayout == null ? DOCUMENT_LAYOUT_EDEFAULT : newDocumentLayout;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.BODY__DOCUMENT_LAYOUT, oldDocumentLayout, documentLayout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JwpPackage.BODY__NAME:
				return getName();
			case JwpPackage.BODY__ABBREVIATION:
				return getAbbreviation();
			case JwpPackage.BODY__CONVENTION:
				return getConvention();
			case JwpPackage.BODY__KIND:
				return getKind();
			case JwpPackage.BODY__ORGANIZER:
				if (resolve) return getOrganizer();
				return basicGetOrganizer();
			case JwpPackage.BODY__CONVENTION_TITLE:
				return getConventionTitle();
			case JwpPackage.BODY__SECRETARIAT:
				return getSecretariat();
			case JwpPackage.BODY__DOCUMENT_SYMBOL_PATTERN:
				return getDocumentSymbolPattern();
			case JwpPackage.BODY__DOCUMENT_LAYOUT:
				return getDocumentLayout();
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
			case JwpPackage.BODY__NAME:
				setName((String)newValue);
				return;
			case JwpPackage.BODY__ABBREVIATION:
				setAbbreviation((String)newValue);
				return;
			case JwpPackage.BODY__CONVENTION:
				setConvention((Convention)newValue);
				return;
			case JwpPackage.BODY__KIND:
				setKind((BodyKind)newValue);
				return;
			case JwpPackage.BODY__ORGANIZER:
				setOrganizer((Organization)newValue);
				return;
			case JwpPackage.BODY__CONVENTION_TITLE:
				setConventionTitle((String)newValue);
				return;
			case JwpPackage.BODY__SECRETARIAT:
				setSecretariat((String)newValue);
				return;
			case JwpPackage.BODY__DOCUMENT_SYMBOL_PATTERN:
				setDocumentSymbolPattern((String)newValue);
				return;
			case JwpPackage.BODY__DOCUMENT_LAYOUT:
				setDocumentLayout((DocumentLayout)newValue);
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
			case JwpPackage.BODY__NAME:
				setName(NAME_EDEFAULT);
				return;
			case JwpPackage.BODY__ABBREVIATION:
				setAbbreviation(ABBREVIATION_EDEFAULT);
				return;
			case JwpPackage.BODY__CONVENTION:
				setConvention(CONVENTION_EDEFAULT);
				return;
			case JwpPackage.BODY__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case JwpPackage.BODY__ORGANIZER:
				setOrganizer((Organization)null);
				return;
			case JwpPackage.BODY__CONVENTION_TITLE:
				setConventionTitle(CONVENTION_TITLE_EDEFAULT);
				return;
			case JwpPackage.BODY__SECRETARIAT:
				setSecretariat(SECRETARIAT_EDEFAULT);
				return;
			case JwpPackage.BODY__DOCUMENT_SYMBOL_PATTERN:
				setDocumentSymbolPattern(DOCUMENT_SYMBOL_PATTERN_EDEFAULT);
				return;
			case JwpPackage.BODY__DOCUMENT_LAYOUT:
				setDocumentLayout(DOCUMENT_LAYOUT_EDEFAULT);
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
			case JwpPackage.BODY__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case JwpPackage.BODY__ABBREVIATION:
				return ABBREVIATION_EDEFAULT == null ? abbreviation != null : !ABBREVIATION_EDEFAULT.equals(abbreviation);
			case JwpPackage.BODY__CONVENTION:
				return convention != CONVENTION_EDEFAULT;
			case JwpPackage.BODY__KIND:
				return kind != KIND_EDEFAULT;
			case JwpPackage.BODY__ORGANIZER:
				return organizer != null;
			case JwpPackage.BODY__CONVENTION_TITLE:
				return CONVENTION_TITLE_EDEFAULT == null ? conventionTitle != null : !CONVENTION_TITLE_EDEFAULT.equals(conventionTitle);
			case JwpPackage.BODY__SECRETARIAT:
				return SECRETARIAT_EDEFAULT == null ? secretariat != null : !SECRETARIAT_EDEFAULT.equals(secretariat);
			case JwpPackage.BODY__DOCUMENT_SYMBOL_PATTERN:
				return DOCUMENT_SYMBOL_PATTERN_EDEFAULT == null ? documentSymbolPattern != null : !DOCUMENT_SYMBOL_PATTERN_EDEFAULT.equals(documentSymbolPattern);
			case JwpPackage.BODY__DOCUMENT_LAYOUT:
				return documentLayout != DOCUMENT_LAYOUT_EDEFAULT;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", abbreviation: ");
		result.append(abbreviation);
		result.append(", convention: ");
		result.append(convention);
		result.append(", kind: ");
		result.append(kind);
		result.append(", conventionTitle: ");
		result.append(conventionTitle);
		result.append(", secretariat: ");
		result.append(secretariat);
		result.append(", documentSymbolPattern: ");
		result.append(documentSymbolPattern);
		result.append(", documentLayout: ");
		result.append(documentLayout);
		result.append(')');
		return result.toString();
	}

} //BodyImpl
