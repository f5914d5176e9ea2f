package org.counterpart.directory.adapter.out.persistence;

import java.util.List;
import java.util.Optional;

import org.counterpart.directory.Office;
import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.domain.Offices;
import org.springframework.stereotype.Repository;

/** The commission has a few dozen offices: read whole, aliases attached. */
@Repository
class MyBatisOffices implements Offices {

    private final DirectoryMapper mapper;

    MyBatisOffices(DirectoryMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<Office> all() {
        var aliases = DirectoryRows.byOwner(mapper.selectOfficeAliases());
        return mapper.selectOffices().stream()
                .map(o -> new Office(new OfficeCode(o.code()), o.nameZh(), o.nameEn(),
                        aliases.getOrDefault(o.code(), List.of())))
                .toList();
    }

    @Override
    public Optional<Office> byCode(OfficeCode code) {
        return all().stream().filter(o -> o.code().equals(code)).findFirst();
    }

    @Override
    public Optional<Office> byName(String name) {
        return all().stream().filter(o -> o.nameZh().equals(name) || o.aliases().contains(name)).findFirst();
    }
}
