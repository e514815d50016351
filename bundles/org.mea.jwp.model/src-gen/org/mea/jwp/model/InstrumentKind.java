/**
 * Generated from jwp.ecore by EMF; regenerate with ./mvnw -q -f releng/org.mea.jwp.codegen exec:java
 */
package org.mea.jwp.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Instrument Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kind of instrument.
 * <!-- end-model-doc -->
 * @see org.mea.jwp.model.JwpPackage#getInstrumentKind()
 * @model
 * @generated
 */
public enum InstrumentKind implements Enumerator {
	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(0, "OTHER", "other"),

	/**
	 * The '<em><b>MEMORANDUM OF UNDERSTANDING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEMORANDUM_OF_UNDERSTANDING_VALUE
	 * @generated
	 * @ordered
	 */
	MEMORANDUM_OF_UNDERSTANDING(1, "MEMORANDUM_OF_UNDERSTANDING", "memorandum of understanding"),

	/**
	 * The '<em><b>AGREEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGREEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	AGREEMENT(2, "AGREEMENT", "agreement"),

	/**
	 * The '<em><b>PROGRAMME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROGRAMME_VALUE
	 * @generated
	 * @ordered
	 */
	PROGRAMME(3, "PROGRAMME", "programme"),

	/**
	 * The '<em><b>ACTION PLAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTION_PLAN_VALUE
	 * @generated
	 * @ordered
	 */
	ACTION_PLAN(4, "ACTION_PLAN", "action plan"),

	/**
	 * The '<em><b>MANAGEMENT PLAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANAGEMENT_PLAN_VALUE
	 * @generated
	 * @ordered
	 */
	MANAGEMENT_PLAN(5, "MANAGEMENT_PLAN", "management plan"),

	/**
	 * The '<em><b>WORK PROGRAMME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORK_PROGRAMME_VALUE
	 * @generated
	 * @ordered
	 */
	WORK_PROGRAMME(6, "WORK_PROGRAMME", "work programme"),

	/**
	 * The '<em><b>STRATEGIC PLAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRATEGIC_PLAN_VALUE
	 * @generated
	 * @ordered
	 */
	STRATEGIC_PLAN(7, "STRATEGIC_PLAN", "strategic plan"),

	/**
	 * The '<em><b>DATABASE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATABASE_VALUE
	 * @generated
	 * @ordered
	 */
	DATABASE(8, "DATABASE", "database"),

	/**
	 * The '<em><b>PORTAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PORTAL_VALUE
	 * @generated
	 * @ordered
	 */
	PORTAL(9, "PORTAL", "information portal");

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model literal="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 0;

	/**
	 * The '<em><b>MEMORANDUM OF UNDERSTANDING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEMORANDUM_OF_UNDERSTANDING
	 * @model literal="memorandum of understanding"
	 * @generated
	 * @ordered
	 */
	public static final int MEMORANDUM_OF_UNDERSTANDING_VALUE = 1;

	/**
	 * The '<em><b>AGREEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGREEMENT
	 * @model literal="agreement"
	 * @generated
	 * @ordered
	 */
	public static final int AGREEMENT_VALUE = 2;

	/**
	 * The '<em><b>PROGRAMME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROGRAMME
	 * @model literal="programme"
	 * @generated
	 * @ordered
	 */
	public static final int PROGRAMME_VALUE = 3;

	/**
	 * The '<em><b>ACTION PLAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTION_PLAN
	 * @model literal="action plan"
	 * @generated
	 * @ordered
	 */
	public static final int ACTION_PLAN_VALUE = 4;

	/**
	 * The '<em><b>MANAGEMENT PLAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANAGEMENT_PLAN
	 * @model literal="management plan"
	 * @generated
	 * @ordered
	 */
	public static final int MANAGEMENT_PLAN_VALUE = 5;

	/**
	 * The '<em><b>WORK PROGRAMME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORK_PROGRAMME
	 * @model literal="work programme"
	 * @generated
	 * @ordered
	 */
	public static final int WORK_PROGRAMME_VALUE = 6;

	/**
	 * The '<em><b>STRATEGIC PLAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRATEGIC_PLAN
	 * @model literal="strategic plan"
	 * @generated
	 * @ordered
	 */
	public static final int STRATEGIC_PLAN_VALUE = 7;

	/**
	 * The '<em><b>DATABASE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATABASE
	 * @model literal="database"
	 * @generated
	 * @ordered
	 */
	public static final int DATABASE_VALUE = 8;

	/**
	 * The '<em><b>PORTAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PORTAL
	 * @model literal="information portal"
	 * @generated
	 * @ordered
	 */
	public static final int PORTAL_VALUE = 9;

	/**
	 * An array of all the '<em><b>Instrument Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InstrumentKind[] VALUES_ARRAY =
		new InstrumentKind[] {
			OTHER,
			MEMORANDUM_OF_UNDERSTANDING,
			AGREEMENT,
			PROGRAMME,
			ACTION_PLAN,
			MANAGEMENT_PLAN,
			WORK_PROGRAMME,
			STRATEGIC_PLAN,
			DATABASE,
			PORTAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Instrument Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InstrumentKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Instrument Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InstrumentKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InstrumentKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Instrument Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InstrumentKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InstrumentKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Instrument Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InstrumentKind get(int value) {
		switch (value) {
			case OTHER_VALUE: return OTHER;
			case MEMORANDUM_OF_UNDERSTANDING_VALUE: return MEMORANDUM_OF_UNDERSTANDING;
			case AGREEMENT_VALUE: return AGREEMENT;
			case PROGRAMME_VALUE: return PROGRAMME;
			case ACTION_PLAN_VALUE: return ACTION_PLAN;
			case MANAGEMENT_PLAN_VALUE: return MANAGEMENT_PLAN;
			case WORK_PROGRAMME_VALUE: return WORK_PROGRAMME;
			case STRATEGIC_PLAN_VALUE: return STRATEGIC_PLAN;
			case DATABASE_VALUE: return DATABASE;
			case PORTAL_VALUE: return PORTAL;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private InstrumentKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //InstrumentKind
