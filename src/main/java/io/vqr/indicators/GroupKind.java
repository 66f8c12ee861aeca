package io.vqr.indicators;

/** How schools are grouped for pooled values. */
public enum GroupKind {

	/** By 办学类型; the key is the type's name. */
	TYPE,

	/** By city; the key is the city's region code. */
	CITY,

	/** The whole province; the key is empty. */
	PROVINCE

}
