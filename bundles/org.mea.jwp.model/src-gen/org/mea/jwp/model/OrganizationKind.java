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
 * A representation of the literals of the enumeration '<em><b>Organization Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kind of organization.
 * <!-- end-model-doc -->
 * @see org.mea.jwp.model.JwpPackage#getOrganizationKind()
 * @model
 * @generated
 */
public enum OrganizationKind implements Enumerator {
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
	 * The '<em><b>SECRETARIAT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECRETARIAT_VALUE
	 * @generated
	 * @ordered
	 */
	SECRETARIAT(1, "SECRETARIAT", "secretariat"),

	/**
	 * The '<em><b>UN BODY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UN_BODY_VALUE
	 * @generated
	 * @ordered
	 */
	UN_BODY(2, "UN_BODY", "UN body"),

	/**
	 * The '<em><b>INTERGOVERNMENTAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERGOVERNMENTAL_VALUE
	 * @generated
	 * @ordered
	 */
	INTERGOVERNMENTAL(3, "INTERGOVERNMENTAL", "intergovernmental organization"),

	/**
	 * The '<em><b>NGO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NGO_VALUE
	 * @generated
	 * @ordered
	 */
	NGO(4, "NGO", "non-governmental organization"),

	/**
	 * The '<em><b>PARTY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTY_VALUE
	 * @generated
	 * @ordered
	 */
	PARTY(5, "PARTY", "Party"),

	/**
	 * The '<em><b>SCIENTIFIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCIENTIFIC_VALUE
	 * @generated
	 * @ordered
	 */
	SCIENTIFIC(6, "SCIENTIFIC", "scientific or expert group"),

	/**
	 * The '<em><b>NETWORK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NETWORK_VALUE
	 * @generated
	 * @ordered
	 */
	NETWORK(7, "NETWORK", "partnership or network");

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
	 * The '<em><b>SECRETARIAT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECRETARIAT
	 * @model literal="secretariat"
	 * @generated
	 * @ordered
	 */
	public static final int SECRETARIAT_VALUE = 1;

	/**
	 * The '<em><b>UN BODY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UN_BODY
	 * @model literal="UN body"
	 * @generated
	 * @ordered
	 */
	public static final int UN_BODY_VALUE = 2;

	/**
	 * The '<em><b>INTERGOVERNMENTAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERGOVERNMENTAL
	 * @model literal="intergovernmental organization"
	 * @generated
	 * @ordered
	 */
	public static final int INTERGOVERNMENTAL_VALUE = 3;

	/**
	 * The '<em><b>NGO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NGO
	 * @model literal="non-governmental organization"
	 * @generated
	 * @ordered
	 */
	public static final int NGO_VALUE = 4;

	/**
	 * The '<em><b>PARTY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTY
	 * @model literal="Party"
	 * @generated
	 * @ordered
	 */
	public static final int PARTY_VALUE = 5;

	/**
	 * The '<em><b>SCIENTIFIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCIENTIFIC
	 * @model literal="scientific or expert group"
	 * @generated
	 * @ordered
	 */
	public static final int SCIENTIFIC_VALUE = 6;

	/**
	 * The '<em><b>NETWORK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NETWORK
	 * @model literal="partnership or network"
	 * @generated
	 * @ordered
	 */
	public static final int NETWORK_VALUE = 7;

	/**
	 * An array of all the '<em><b>Organization Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OrganizationKind[] VALUES_ARRAY =
		new OrganizationKind[] {
			OTHER,
			SECRETARIAT,
			UN_BODY,
			INTERGOVERNMENTAL,
			NGO,
			PARTY,
			SCIENTIFIC,
			NETWORK,
		};

	/**
	 * A public read-only list of all the '<em><b>Organization Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OrganizationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Organization Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganizationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OrganizationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Organization Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganizationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OrganizationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Organization Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganizationKind get(int value) {
		switch (value) {
			case OTHER_VALUE: return OTHER;
			case SECRETARIAT_VALUE: return SECRETARIAT;
			case UN_BODY_VALUE: return UN_BODY;
			case INTERGOVERNMENTAL_VALUE: return INTERGOVERNMENTAL;
			case NGO_VALUE: return NGO;
			case PARTY_VALUE: return PARTY;
			case SCIENTIFIC_VALUE: return SCIENTIFIC;
			case NETWORK_VALUE: return NETWORK;
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
	private OrganizationKind(int value, String name, String literal) {
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
	
} //OrganizationKind
