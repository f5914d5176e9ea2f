package org.counterpart.planning.adapter.out.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.counterpart.planning.PlanImportRejected.Problem;
import org.counterpart.planning.PlanImportStatus.State;
import org.counterpart.planning.adapter.out.persistence.PlanImportMapper.ImportRow;
import org.counterpart.planning.domain.PlanImport;
import org.counterpart.planning.domain.PlanImports;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Import records in {@code planning_import}; an import's problems as a JSON array of {line, key, arguments}. */
@Repository
class MyBatisPlanImports implements PlanImports {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Map<String, Object>>> PROBLEMS = new TypeReference<>() {
    };

    private final PlanImportMapper mapper;

    MyBatisPlanImports(PlanImportMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void add(PlanImport planImport) {
        mapper.insertImport(row(planImport));
    }

    @Override
    public void save(PlanImport planImport) {
        mapper.updateImport(row(planImport));
    }

    @Override
    public Optional<PlanImport> byId(PlanImport.Id id) {
        return Optional.ofNullable(mapper.selectImport(id.value().toString())).map(MyBatisPlanImports::planImport);
    }

    private static ImportRow row(PlanImport i) {
        return new ImportRow(i.getId().value().toString(), i.year(), i.requestedBy(), i.state().name(), i.rows(),
                i.written(), i.added(), i.updated(), i.unchanged(), problems(i.problems()), i.startedAt(),
                i.heartbeatAt(), i.finishedAt());
    }

    private static PlanImport planImport(ImportRow row) {
        return new PlanImport(new PlanImport.Id(UUID.fromString(row.id())), row.planYear(), row.requestedBy(),
                State.valueOf(row.state()), row.rowCount(), row.written(), row.added(), row.updated(),
                row.unchanged(), problems(row.problems()), row.startedAt(), row.heartbeatAt(), row.finishedAt());
    }

    private static String problems(List<Problem> problems) {
        if (problems.isEmpty()) {
            return null;
        }
        var rows = new ArrayList<Map<String, Object>>();
        for (var problem : problems) {
            var json = new LinkedHashMap<String, Object>();
            json.put("line", problem.line());
            json.put("key", problem.messageKey());
            json.put("arguments", problem.arguments());
            rows.add(json);
        }
        return JSON.writeValueAsString(rows);
    }

    @SuppressWarnings("unchecked")
    private static List<Problem> problems(String json) {
        if (json == null || json.isEmpty()) {
            return List.of();
        }
        return JSON.readValue(json, PROBLEMS).stream().map(p -> new Problem(((Number) p.get("line")).intValue(),
                (String) p.get("key"), (List<Object>) p.get("arguments"))).toList();
    }
}
