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
 * A representation of the literals of the enumeration '<em><b>Adoption Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a body did with the programme.
 * <!-- end-model-doc -->
 * @see org.mea.jwp.model.JwpPackage#getAdoptionKind()
 * @model
 * @generated
 */
public enum AdoptionKind implements Enumerator {
	/**
	 * The '<em><b>ADOPTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADOPTED_VALUE
	 * @generated
	 * @ordered
	 */
	ADOPTED(0, "ADOPTED", "adopted"),

	/**
	 * The '<em><b>ENDORSEMENT REQUESTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENDORSEMENT_REQUESTED_VALUE
	 * @generated
	 * @ordered
	 */
	ENDORSEMENT_REQUESTED(1, "ENDORSEMENT_REQUESTED", "endorsement requested"),

	/**
	 * The '<em><b>ENDORSED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENDORSED_VALUE
	 * @generated
	 * @ordered
	 */
	ENDORSED(2, "ENDORSED", "endorsed"),

	/**
	 * The '<em><b>NOTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOTED_VALUE
	 * @generated
	 * @ordered
	 */
	NOTED(3, "NOTED", "noted");

	/**
	 * The '<em><b>ADOPTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADOPTED
	 * @model literal="adopted"
	 * @generated
	 * @ordered
	 */
	public static final int ADOPTED_VALUE = 0;

	/**
	 * The '<em><b>ENDORSEMENT REQUESTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENDORSEMENT_REQUESTED
	 * @model literal="endorsement requested"
	 * @generated
	 * @ordered
	 */
	public static final int ENDORSEMENT_REQUESTED_VALUE = 1;

	/**
	 * The '<em><b>ENDORSED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENDORSED
	 * @model literal="endorsed"
	 * @generated
	 * @ordered
	 */
	public static final int ENDORSED_VALUE = 2;

	/**
	 * The '<em><b>NOTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOTED
	 * @model literal="noted"
	 * @generated
	 * @ordered
	 */
	public static final int NOTED_VALUE = 3;

	/**
	 * An array of all the '<em><b>Adoption Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AdoptionKind[] VALUES_ARRAY =
		new AdoptionKind[] {
			ADOPTED,
			ENDORSEMENT_REQUESTED,
			ENDORSED,
			NOTED,
		};

	/**
	 * A public read-only list of all the '<em><b>Adoption Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AdoptionKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Adoption Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AdoptionKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AdoptionKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Adoption Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AdoptionKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AdoptionKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Adoption Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AdoptionKind get(int value) {
		switch (value) {
			case ADOPTED_VALUE: return ADOPTED;
			case ENDORSEMENT_REQUESTED_VALUE: return ENDORSEMENT_REQUESTED;
			case ENDORSED_VALUE: return ENDORSED;
			case NOTED_VALUE: return NOTED;
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
	private AdoptionKind(int value, String name, String literal) {
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
	
} //AdoptionKind
