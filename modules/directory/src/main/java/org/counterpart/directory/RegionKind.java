package org.counterpart.directory;

/** What sort of area a region or place is. */
public enum RegionKind {
    /** 省、自治区 — a province or autonomous region. */
    PROVINCE,
    /** 市、州、地区 — a prefecture-level city, prefecture or region. */
    CITY,
    /** 区、县 — a district or county. */
    DISTRICT,
    /** A grouping the notice names as one (西部对口地区, 其他省市, 喀什四县, 滇西). */
    GROUPING
}
