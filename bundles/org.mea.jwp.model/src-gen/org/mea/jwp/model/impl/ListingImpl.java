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

import org.mea.jwp.model.AppendixListing;
import org.mea.jwp.model.Convention;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Listing;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Listing</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mea.jwp.model.impl.ListingImpl#getConvention <em>Convention</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ListingImpl#getAppendix <em>Appendix</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ListingImpl#getEffective <em>Effective</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ListingImpl#getEnded <em>Ended</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ListingImpl#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ListingImpl#getAnnotation <em>Annotation</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ListingImpl#getParty <em>Party</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ListingImpl#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ListingImpl extends MinimalEObjectImpl.Container implements Listing {
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
	 * The default value of the '{@link #getAppendix() <em>Appendix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppendix()
	 * @generated
	 * @ordered
	 */
	protected static final AppendixListing APPENDIX_EDEFAULT = AppendixListing.UNKNOWN;

	/**
	 * The cached value of the '{@link #getAppendix() <em>Appendix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppendix()
	 * @generated
	 * @ordered
	 */
	protected AppendixListing appendix = APPENDIX_EDEFAULT;

	/**
	 * The default value of the '{@link #getEffective() <em>Effective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffective()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate EFFECTIVE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEffective() <em>Effective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffective()
	 * @generated
	 * @ordered
	 */
	protected LocalDate effective = EFFECTIVE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnded() <em>Ended</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnded()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ENDED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnded() <em>Ended</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnded()
	 * @generated
	 * @ordered
	 */
	protected LocalDate ended = ENDED_EDEFAULT;

	/**
	 * The default value of the '{@link #getPopulation() <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulation()
	 * @generated
	 * @ordered
	 */
	protected static final String POPULATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPopulation() <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulation()
	 * @generated
	 * @ordered
	 */
	protected String population = POPULATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnnotation() <em>Annotation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotation()
	 * @generated
	 * @ordered
	 */
	protected static final String ANNOTATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnnotation() <em>Annotation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotation()
	 * @generated
	 * @ordered
	 */
	protected String annotation = ANNOTATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getParty() <em>Party</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParty()
	 * @generated
	 * @ordered
	 */
	protected static final String PARTY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParty() <em>Party</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParty()
	 * @generated
	 * @ordered
	 */
	protected String party = PARTY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ListingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JwpPackage.Literals.LISTING;
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
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.LISTING__CONVENTION, oldConvention, convention));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AppendixListing getAppendix() {
		return appendix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAppendix(AppendixListing newAppendix) {
		AppendixListing oldAppendix = appendix;
		appendix = newAppendix == null ? APPENDIX_EDEFAULT : newAppendix;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.LISTING__APPENDIX, oldAppendix, appendix));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEffective() {
		return effective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEffective(LocalDate newEffective) {
		LocalDate oldEffective = effective;
		effective = newEffective;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.LISTING__EFFECTIVE, oldEffective, effective));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEnded() {
		return ended;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnded(LocalDate newEnded) {
		LocalDate oldEnded = ended;
		ended = newEnded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.LISTING__ENDED, oldEnded, ended));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPopulation() {
		return population;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPopulation(String newPopulation) {
		String oldPopulation = population;
		population = newPopulation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.LISTING__POPULATION, oldPopulation, population));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAnnotation() {
		return annotation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnotation(String newAnnotation) {
		String oldAnnotation = annotation;
		annotation = newAnnotation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.LISTING__ANNOTATION, oldAnnotation, annotation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getParty() {
		return party;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParty(String newParty) {
		String oldParty = party;
		party = newParty;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.LISTING__PARTY, oldParty, party));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.LISTING__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean inForceOn(final LocalDate date) {
		return org.mea.jwp.model.operations.ListingOperations.inForceOn(this, date);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JwpPackage.LISTING__CONVENTION:
				return getConvention();
			case JwpPackage.LISTING__APPENDIX:
				return getAppendix();
			case JwpPackage.LISTING__EFFECTIVE:
				return getEffective();
			case JwpPackage.LISTING__ENDED:
				return getEnded();
			case JwpPackage.LISTING__POPULATION:
				return getPopulation();
			case JwpPackage.LISTING__ANNOTATION:
				return getAnnotation();
			case JwpPackage.LISTING__PARTY:
				return getParty();
			case JwpPackage.LISTING__SOURCE:
				return getSource();
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
			case JwpPackage.LISTING__CONVENTION:
				setConvention((Convention)newValue);
				return;
			case JwpPackage.LISTING__APPENDIX:
				setAppendix((AppendixListing)newValue);
				return;
			case JwpPackage.LISTING__EFFECTIVE:
				setEffective((LocalDate)newValue);
				return;
			case JwpPackage.LISTING__ENDED:
				setEnded((LocalDate)newValue);
				return;
			case JwpPackage.LISTING__POPULATION:
				setPopulation((String)newValue);
				return;
			case JwpPackage.LISTING__ANNOTATION:
				setAnnotation((String)newValue);
				return;
			case JwpPackage.LISTING__PARTY:
				setParty((String)newValue);
				return;
			case JwpPackage.LISTING__SOURCE:
				setSource((String)newValue);
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
			case JwpPackage.LISTING__CONVENTION:
				setConvention(CONVENTION_EDEFAULT);
				return;
			case JwpPackage.LISTING__APPENDIX:
				setAppendix(APPENDIX_EDEFAULT);
				return;
			case JwpPackage.LISTING__EFFECTIVE:
				setEffective(EFFECTIVE_EDEFAULT);
				return;
			case JwpPackage.LISTING__ENDED:
				setEnded(ENDED_EDEFAULT);
				return;
			case JwpPackage.LISTING__POPULATION:
				setPopulation(POPULATION_EDEFAULT);
				return;
			case JwpPackage.LISTING__ANNOTATION:
				setAnnotation(ANNOTATION_EDEFAULT);
				return;
			case JwpPackage.LISTING__PARTY:
				setParty(PARTY_EDEFAULT);
				return;
			case JwpPackage.LISTING__SOURCE:
				setSource(SOURCE_EDEFAULT);
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
			case JwpPackage.LISTING__CONVENTION:
				return convention != CONVENTION_EDEFAULT;
			case JwpPackage.LISTING__APPENDIX:
				return appendix != APPENDIX_EDEFAULT;
			case JwpPackage.LISTING__EFFECTIVE:
				return EFFECTIVE_EDEFAULT == null ? effective != null : !EFFECTIVE_EDEFAULT.equals(effective);
			case JwpPackage.LISTING__ENDED:
				return ENDED_EDEFAULT == null ? ended != null : !ENDED_EDEFAULT.equals(ended);
			case JwpPackage.LISTING__POPULATION:
				return POPULATION_EDEFAULT == null ? population != null : !POPULATION_EDEFAULT.equals(population);
			case JwpPackage.LISTING__ANNOTATION:
				return ANNOTATION_EDEFAULT == null ? annotation != null : !ANNOTATION_EDEFAULT.equals(annotation);
			case JwpPackage.LISTING__PARTY:
				return PARTY_EDEFAULT == null ? party != null : !PARTY_EDEFAULT.equals(party);
			case JwpPackage.LISTING__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
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
			case JwpPackage.LISTING___IN_FORCE_ON__LOCALDATE:
				return inForceOn((LocalDate)arguments.get(0));
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
		result.append(" (convention: ");
		result.append(convention);
		result.append(", appendix: ");
		result.append(appendix);
		result.append(", effective: ");
		result.append(effective);
		result.append(", ended: ");
		result.append(ended);
		result.append(", population: ");
		result.append(population);
		result.append(", annotation: ");
		result.append(annotation);
		result.append(", party: ");
		result.append(party);
		result.append(", source: ");
		result.append(source);
		result.append(')');
		return result.toString();
	}

} //ListingImpl
