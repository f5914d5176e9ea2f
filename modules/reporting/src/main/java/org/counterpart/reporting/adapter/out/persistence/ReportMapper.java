package org.counterpart.reporting.adapter.out.persistence;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of reports, their history and files; the statements are in {@code ReportMapper.xml}. */
@Mapper
interface ReportMapper {

    record ReportRow(String id, String reportKind, String title, String body, String reporterType,
            String reporterCode, String subjectType, String subjectRef, String subjectLabel, String dutyId,
            String periodCode, int reportYear, String status, Instant createdAt, Instant updatedAt,
            Instant firstSubmittedAt, Instant lastSubmittedAt, long version, int attachmentCount) {
    }

    record TransitionRow(String reportId, int seq, String fromStatus, String toStatus, String actedBy,
            String actedByName, Instant actedAt, String remark, String editKind) {
    }

    record AttachmentRow(String id, String reportId, String fileName, String contentType, long sizeBytes,
            String sha256, Instant uploadedAt, String uploadedBy) {
    }

    record FileRow(String attachmentId, byte[] content) {
    }

    record FactRow(String dutyId, String periodCode, String id, String status, Instant firstSubmittedAt) {
    }

    /** The filters of a report list, as the SQL takes them. */
    record Filter(Integer year, String status, String kind, String reporterType, String reporterCode, String dutyId,
            String onlyReporterType, String onlyReporterCode, boolean acceptedOnly, int offset, int size) {
    }

    ReportRow selectReport(@Param("id") String id);

    List<TransitionRow> selectTransitions(@Param("reportId") String reportId);

    List<AttachmentRow> selectAttachments(@Param("reportId") String reportId);

    List<ReportRow> selectReports(@Param("f") Filter filter);

    long countReports(@Param("f") Filter filter);

    void insertReport(@Param("row") ReportRow row);

    int updateReport(@Param("row") ReportRow row);

    int countTransitions(@Param("reportId") String reportId);

    void insertTransitions(@Param("rows") List<TransitionRow> rows);

    void insertAttachment(@Param("row") AttachmentRow row);

    void deleteFile(@Param("attachmentId") String attachmentId);

    void deleteAttachment(@Param("id") String id);

    void insertFile(@Param("row") FileRow row);

    FileRow selectFile(@Param("reportId") String reportId, @Param("attachmentId") String attachmentId);

    List<FactRow> selectFacts(@Param("dutyIds") List<String> dutyIds);

    int countAnswering(@Param("dutyId") String dutyId, @Param("periodCode") String periodCode);
}
