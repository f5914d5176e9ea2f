package org.counterpart.reporting.adapter.out.persistence;

import java.util.List;

import org.counterpart.reporting.domain.AdministrationLog;
import org.springframework.stereotype.Repository;

/** The administration log over MyBatis. */
@Repository
class MyBatisAdministrationLog implements AdministrationLog {

    private final AdministrationLogMapper mapper;

    MyBatisAdministrationLog(AdministrationLogMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void add(Entry entry) {
        mapper.insertEntry(entry);
    }

    @Override
    public List<Entry> latest(int count) {
        return mapper.selectLatest(count);
    }
}
