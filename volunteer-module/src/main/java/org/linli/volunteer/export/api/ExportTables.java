package org.linli.volunteer.export.api;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.linli.volunteer.export.application.StaffExports;
import org.linli.volunteer.export.application.StaffExports.DateRange;
import org.linli.volunteer.export.application.StaffExports.RecordLine;
import org.linli.volunteer.export.application.StaffExports.VolunteerLine;
import org.linli.volunteer.record.domain.ServiceRecord;
import org.linli.volunteer.record.domain.ServiceRecordRepository.DateKey;
import org.linli.volunteer.registration.domain.Volunteer;
import org.linli.volunteer.shared.api.Hours;

/**
 * The columns of the staff exports, headed and labelled in Chinese for the people who read them.
 */
final class ExportTables {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("MALE", "男"),
          Map.entry("FEMALE", "女"),
          Map.entry("PENDING", "待审核"),
          Map.entry("ACTIVE", "正常"),
          Map.entry("SUSPENDED", "暂停"),
          Map.entry("LEFT", "已退出"),
          Map.entry("APPROVED", "已通过"),
          Map.entry("REJECTED", "已驳回"),
          Map.entry("SUPERSEDED", "已更正"),
          Map.entry("CHECK_IN", "签到签退"),
          Map.entry("STAFF", "人工录入"),
          Map.entry("SERVICE_ORDER", "政府购买服务工单"));

  private ExportTables() {}

  static ExportTable<VolunteerLine, String> volunteers(StaffExports exports) {
    return new ExportTable<>(
        "志愿者名册",
        List.of(
            "志愿者编号",
            "姓名",
            "性别",
            "出生日期",
            "居住区域",
            "身份证号",
            "手机号",
            "技能",
            "服务类别",
            "状态",
            "注册时间",
            "累计服务时长(小时)"),
        ExportTables::volunteerRow,
        exports::volunteers);
  }

  static ExportTable<RecordLine, DateKey> serviceRecords(StaffExports exports, DateRange range) {
    return new ExportTable<>(
        "服务记录",
        List.of("志愿者编号", "姓名", "活动名称", "日期", "地点", "服务内容", "服务时长(小时)", "组织单位", "负责人", "来源", "状态"),
        ExportTables::recordRow,
        after -> exports.records(range, after));
  }

  private static List<Object> volunteerRow(VolunteerLine line) {
    Volunteer v = line.volunteer();
    return Arrays.asList(
        v.volunteerNo(),
        v.name(),
        label(v.gender()),
        v.birthDate(),
        v.regionCode(),
        line.idNumberMasked(),
        line.phoneMasked(),
        joined(v.skills()),
        joined(v.serviceCategories()),
        label(v.status().name()),
        v.createdAt().atZone(CHINA).toLocalDateTime(),
        Hours.decimal(line.approvedMinutes()));
  }

  private static List<Object> recordRow(RecordLine line) {
    ServiceRecord r = line.record();
    return Arrays.asList(
        line.volunteerNo(),
        line.volunteerName(),
        r.activityName(),
        r.serviceDate(),
        r.location(),
        r.content(),
        Hours.decimal(r.minutes()),
        r.organizer(),
        r.responsiblePerson(),
        label(r.source()),
        label(r.status().name()));
  }

  private static String label(String code) {
    return LABELS.getOrDefault(code, code);
  }

  private static String joined(Set<String> values) {
    return String.join("、", values.stream().sorted().toList());
  }
}
