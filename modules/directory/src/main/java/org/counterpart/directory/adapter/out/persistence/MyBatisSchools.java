package org.counterpart.directory.adapter.out.persistence;

import java.util.List;

import org.counterpart.directory.RegionCode;
import org.counterpart.directory.School;
import org.counterpart.directory.SchoolCode;
import org.counterpart.directory.SchoolStage;
import org.counterpart.directory.UnitCode;
import org.counterpart.directory.domain.Schools;
import org.springframework.stereotype.Repository;

@Repository
class MyBatisSchools implements Schools {

    private final DirectoryMapper mapper;

    MyBatisSchools(DirectoryMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<School> all() {
        return mapper.selectSchools().stream()
                .map(s -> new School(new SchoolCode(s.code()), s.nameZh(), s.nameEn(), SchoolStage.valueOf(s.stage()),
                        s.regionCode() == null ? null : new RegionCode(s.regionCode()),
                        s.unitCode() == null ? null : new UnitCode(s.unitCode())))
                .toList();
    }
}
