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
 * A representation of the literals of the enumeration '<em><b>Body Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kind of body that meets.
 * <!-- end-model-doc -->
 * @see org.mea.jwp.model.JwpPackage#getBodyKind()
 * @model
 * @generated
 */
public enum BodyKind implements Enumerator {
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
	 * The '<em><b>CONFERENCE OF PARTIES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFERENCE_OF_PARTIES_VALUE
	 * @generated
	 * @ordered
	 */
	CONFERENCE_OF_PARTIES(1, "CONFERENCE_OF_PARTIES", "Conference of the Parties"),

	/**
	 * The '<em><b>STANDING COMMITTEE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STANDING_COMMITTEE_VALUE
	 * @generated
	 * @ordered
	 */
	STANDING_COMMITTEE(2, "STANDING_COMMITTEE", "Standing Committee"),

	/**
	 * The '<em><b>SCIENTIFIC COMMITTEE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCIENTIFIC_COMMITTEE_VALUE
	 * @generated
	 * @ordered
	 */
	SCIENTIFIC_COMMITTEE(3, "SCIENTIFIC_COMMITTEE", "scientific committee"),

	/**
	 * The '<em><b>MEETING OF SIGNATORIES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEETING_OF_SIGNATORIES_VALUE
	 * @generated
	 * @ordered
	 */
	MEETING_OF_SIGNATORIES(4, "MEETING_OF_SIGNATORIES", "meeting of signatories"),

	/**
	 * The '<em><b>WORKING GROUP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKING_GROUP_VALUE
	 * @generated
	 * @ordered
	 */
	WORKING_GROUP(5, "WORKING_GROUP", "working group or task force"),

	/**
	 * The '<em><b>CONFERENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFERENCE_VALUE
	 * @generated
	 * @ordered
	 */
	CONFERENCE(6, "CONFERENCE", "conference or congress");

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
	 * The '<em><b>CONFERENCE OF PARTIES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFERENCE_OF_PARTIES
	 * @model literal="Conference of the Parties"
	 * @generated
	 * @ordered
	 */
	public static final int CONFERENCE_OF_PARTIES_VALUE = 1;

	/**
	 * The '<em><b>STANDING COMMITTEE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STANDING_COMMITTEE
	 * @model literal="Standing Committee"
	 * @generated
	 * @ordered
	 */
	public static final int STANDING_COMMITTEE_VALUE = 2;

	/**
	 * The '<em><b>SCIENTIFIC COMMITTEE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCIENTIFIC_COMMITTEE
	 * @model literal="scientific committee"
	 * @generated
	 * @ordered
	 */
	public static final int SCIENTIFIC_COMMITTEE_VALUE = 3;

	/**
	 * The '<em><b>MEETING OF SIGNATORIES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEETING_OF_SIGNATORIES
	 * @model literal="meeting of signatories"
	 * @generated
	 * @ordered
	 */
	public static final int MEETING_OF_SIGNATORIES_VALUE = 4;

	/**
	 * The '<em><b>WORKING GROUP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKING_GROUP
	 * @model literal="working group or task force"
	 * @generated
	 * @ordered
	 */
	public static final int WORKING_GROUP_VALUE = 5;

	/**
	 * The '<em><b>CONFERENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFERENCE
	 * @model literal="conference or congress"
	 * @generated
	 * @ordered
	 */
	public static final int CONFERENCE_VALUE = 6;

	/**
	 * An array of all the '<em><b>Body Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final BodyKind[] VALUES_ARRAY =
		new BodyKind[] {
			OTHER,
			CONFERENCE_OF_PARTIES,
			STANDING_COMMITTEE,
			SCIENTIFIC_COMMITTEE,
			MEETING_OF_SIGNATORIES,
			WORKING_GROUP,
			CONFERENCE,
		};

	/**
	 * A public read-only list of all the '<em><b>Body Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<BodyKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Body Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BodyKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BodyKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Body Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BodyKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BodyKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Body Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BodyKind get(int value) {
		switch (value) {
			case OTHER_VALUE: return OTHER;
			case CONFERENCE_OF_PARTIES_VALUE: return CONFERENCE_OF_PARTIES;
			case STANDING_COMMITTEE_VALUE: return STANDING_COMMITTEE;
			case SCIENTIFIC_COMMITTEE_VALUE: return SCIENTIFIC_COMMITTEE;
			case MEETING_OF_SIGNATORIES_VALUE: return MEETING_OF_SIGNATORIES;
			case WORKING_GROUP_VALUE: return WORKING_GROUP;
			case CONFERENCE_VALUE: return CONFERENCE;
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
	private BodyKind(int value, String name, String literal) {
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
	
} //BodyKind
