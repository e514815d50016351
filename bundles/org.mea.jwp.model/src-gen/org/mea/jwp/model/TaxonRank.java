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
 * A representation of the literals of the enumeration '<em><b>Taxon Rank</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Taxonomic level at which a taxon is named or listed.
 * <!-- end-model-doc -->
 * @see org.mea.jwp.model.JwpPackage#getTaxonRank()
 * @model
 * @generated
 */
public enum TaxonRank implements Enumerator {
	/**
	 * The '<em><b>SPECIES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPECIES_VALUE
	 * @generated
	 * @ordered
	 */
	SPECIES(0, "SPECIES", "species"),

	/**
	 * The '<em><b>SUBSPECIES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBSPECIES_VALUE
	 * @generated
	 * @ordered
	 */
	SUBSPECIES(1, "SUBSPECIES", "subspecies"),

	/**
	 * The '<em><b>POPULATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POPULATION_VALUE
	 * @generated
	 * @ordered
	 */
	POPULATION(2, "POPULATION", "population"),

	/**
	 * The '<em><b>GENUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GENUS_VALUE
	 * @generated
	 * @ordered
	 */
	GENUS(3, "GENUS", "genus"),

	/**
	 * The '<em><b>FAMILY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAMILY_VALUE
	 * @generated
	 * @ordered
	 */
	FAMILY(4, "FAMILY", "family"),

	/**
	 * The '<em><b>ORDER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORDER_VALUE
	 * @generated
	 * @ordered
	 */
	ORDER(5, "ORDER", "order"),

	/**
	 * The '<em><b>CLASS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLASS_VALUE
	 * @generated
	 * @ordered
	 */
	CLASS(6, "CLASS", "class"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(7, "OTHER", "other");

	/**
	 * The '<em><b>SPECIES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPECIES
	 * @model literal="species"
	 * @generated
	 * @ordered
	 */
	public static final int SPECIES_VALUE = 0;

	/**
	 * The '<em><b>SUBSPECIES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBSPECIES
	 * @model literal="subspecies"
	 * @generated
	 * @ordered
	 */
	public static final int SUBSPECIES_VALUE = 1;

	/**
	 * The '<em><b>POPULATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POPULATION
	 * @model literal="population"
	 * @generated
	 * @ordered
	 */
	public static final int POPULATION_VALUE = 2;

	/**
	 * The '<em><b>GENUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GENUS
	 * @model literal="genus"
	 * @generated
	 * @ordered
	 */
	public static final int GENUS_VALUE = 3;

	/**
	 * The '<em><b>FAMILY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAMILY
	 * @model literal="family"
	 * @generated
	 * @ordered
	 */
	public static final int FAMILY_VALUE = 4;

	/**
	 * The '<em><b>ORDER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORDER
	 * @model literal="order"
	 * @generated
	 * @ordered
	 */
	public static final int ORDER_VALUE = 5;

	/**
	 * The '<em><b>CLASS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLASS
	 * @model literal="class"
	 * @generated
	 * @ordered
	 */
	public static final int CLASS_VALUE = 6;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model literal="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 7;

	/**
	 * An array of all the '<em><b>Taxon Rank</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TaxonRank[] VALUES_ARRAY =
		new TaxonRank[] {
			SPECIES,
			SUBSPECIES,
			POPULATION,
			GENUS,
			FAMILY,
			ORDER,
			CLASS,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Taxon Rank</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TaxonRank> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Taxon Rank</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TaxonRank get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TaxonRank result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Taxon Rank</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TaxonRank getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TaxonRank result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Taxon Rank</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TaxonRank get(int value) {
		switch (value) {
			case SPECIES_VALUE: return SPECIES;
			case SUBSPECIES_VALUE: return SUBSPECIES;
			case POPULATION_VALUE: return POPULATION;
			case GENUS_VALUE: return GENUS;
			case FAMILY_VALUE: return FAMILY;
			case ORDER_VALUE: return ORDER;
			case CLASS_VALUE: return CLASS;
			case OTHER_VALUE: return OTHER;
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
	private TaxonRank(int value, String name, String literal) {
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
	
} //TaxonRank
