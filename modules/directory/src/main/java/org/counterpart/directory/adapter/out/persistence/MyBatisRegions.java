package org.counterpart.directory.adapter.out.persistence;

import java.util.List;
import java.util.Optional;

import org.counterpart.directory.Region;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.RegionKind;
import org.counterpart.directory.domain.Regions;
import org.springframework.stereotype.Repository;

/** Regions and places are a few dozen rows, read whole. */
@Repository
class MyBatisRegions implements Regions {

    private final DirectoryMapper mapper;

    MyBatisRegions(DirectoryMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<Region> all() {
        return mapper.selectRegions().stream()
                .map(r -> new Region(new RegionCode(r.code()), r.nameZh(), r.nameEn(), RegionKind.valueOf(r.kind()),
                        r.parentCode() == null ? null : new RegionCode(r.parentCode())))
                .toList();
    }

    @Override
    public Optional<Region> byCode(RegionCode code) {
        return all().stream().filter(r -> r.code().equals(code)).findFirst();
    }

    @Override
    public Optional<Region> byName(String name) {
        return all().stream().filter(r -> r.nameZh().equals(name)).findFirst();
    }
}
