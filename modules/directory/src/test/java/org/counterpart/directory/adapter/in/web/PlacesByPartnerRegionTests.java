package org.counterpart.directory.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.counterpart.directory.Region;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.RegionKind;
import org.junit.jupiter.api.Test;

class PlacesByPartnerRegionTests {

    static Region region(String code, String name, String parent) {
        return new Region(new RegionCode(code), name, name, parent == null ? RegionKind.PROVINCE : RegionKind.CITY,
                parent == null ? null : new RegionCode(parent));
    }

    @Test
    void listsEveryPlaceBelowItsPartnerRegionWithThePathToIt() {
        var regions = List.of(region("xinjiang", "新疆", null), region("yunnan", "云南", null),
                region("kashgar", "喀什", "xinjiang"), region("four", "喀什四县", "kashgar"),
                region("zepu", "泽普县", "four"), region("nanjiang", "南疆", "xinjiang"));

        var places = DirectoryPageController.placesByPartnerRegion(regions);

        assertThat(places.get("xinjiang")).extracting(p -> p.path().stream().map(Region::nameZh).toList())
                .containsExactly(List.of("喀什"), List.of("喀什", "喀什四县"), List.of("喀什", "喀什四县", "泽普县"),
                        List.of("南疆"));
        assertThat(places.get("yunnan")).isEmpty();
    }
}
