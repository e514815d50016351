/**
 * Generated from jwp.ecore by EMF; regenerate with ./mvnw -q -f releng/org.mea.jwp.codegen exec:java
 */
package org.mea.jwp.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Instrument</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An instrument: MoU, agreement, programme, plan, database.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mea.jwp.model.Instrument#getName <em>Name</em>}</li>
 *   <li>{@link org.mea.jwp.model.Instrument#getAcronym <em>Acronym</em>}</li>
 *   <li>{@link org.mea.jwp.model.Instrument#getKind <em>Kind</em>}</li>
 *   <li>{@link org.mea.jwp.model.Instrument#getConvention <em>Convention</em>}</li>
 *   <li>{@link org.mea.jwp.model.Instrument#getPeriod <em>Period</em>}</li>
 * </ul>
 *
 * @see org.mea.jwp.model.JwpPackage#getInstrument()
 * @model
 * @generated
 */
public interface Instrument extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.mea.jwp.model.JwpPackage#getInstrument_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Instrument#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Acronym</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Acronym</em>' attribute.
	 * @see #setAcronym(String)
	 * @see org.mea.jwp.model.JwpPackage#getInstrument_Acronym()
	 * @model
	 * @generated
	 */
	String getAcronym();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Instrument#getAcronym <em>Acronym</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acronym</em>' attribute.
	 * @see #getAcronym()
	 * @generated
	 */
	void setAcronym(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mea.jwp.model.InstrumentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.mea.jwp.model.InstrumentKind
	 * @see #setKind(InstrumentKind)
	 * @see org.mea.jwp.model.JwpPackage#getInstrument_Kind()
	 * @model
	 * @generated
	 */
	InstrumentKind getKind();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Instrument#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.mea.jwp.model.InstrumentKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(InstrumentKind value);

	/**
	 * Returns the value of the '<em><b>Convention</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mea.jwp.model.Convention}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Convention</em>' attribute.
	 * @see org.mea.jwp.model.Convention
	 * @see #setConvention(Convention)
	 * @see org.mea.jwp.model.JwpPackage#getInstrument_Convention()
	 * @model
	 * @generated
	 */
	Convention getConvention();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Instrument#getConvention <em>Convention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Convention</em>' attribute.
	 * @see org.mea.jwp.model.Convention
	 * @see #getConvention()
	 * @generated
	 */
	void setConvention(Convention value);

	/**
	 * Returns the value of the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period</em>' attribute.
	 * @see #setPeriod(String)
	 * @see org.mea.jwp.model.JwpPackage#getInstrument_Period()
	 * @model
	 * @generated
	 */
	String getPeriod();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Instrument#getPeriod <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' attribute.
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(String value);

} // Instrument
