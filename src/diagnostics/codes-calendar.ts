/**
 * Catalogue entries for the calendar checks (KH505–KH508): loops of `after`, deadlines on days
 * off, report deadlines that leave the parent no time, and busy days. Merged by `codes.ts`.
 */
import type { CodeDoc } from "./codes.js";

export const CALENDAR_CODES: readonly CodeDoc[] = [
  {
    code: "KH505",
    severity: "error",
    title: { vi: "Vòng lặp `sau`", en: "Loop of `after`" },
    explanation: {
      vi: "Các nhiệm vụ nêu `sau` lẫn nhau thành vòng (a sau b, b sau a), nên không nhiệm vụ nào trong vòng có thể bắt đầu và không được xếp lịch. Thông báo nêu cả vòng.",
      en: "Tasks name each other with `after` in a loop (a after b, b after a), so none of them can ever start and none is placed on the calendar. The message names the whole loop.",
    },
    example: 'plan p {\n  title "T" issuer "UBND xã A" level commune period year 2024\n  task a "A" {\n    timing after b\n  }\n  task b "B" {\n    timing after a\n  }\n}',
    fix: { vi: "Bỏ một `sau` trong vòng, hoặc cho một nhiệm vụ một ngày cụ thể.", en: "Remove one `after` of the loop, or give one task a date." },
  },
  {
    code: "KH506",
    severity: "warning",
    title: { vi: "Hạn rơi vào ngày nghỉ", en: "Deadline on a day off" },
    explanation: {
      vi: "Hạn rơi vào thứ Bảy, Chủ nhật, ngày lễ, Tết (Điều 112 Bộ luật Lao động 2019) hoặc ngày nghỉ bù. Hạn như vậy có hai cách hiểu: ngày làm việc liền trước (cách các cơ quan thường làm) hoặc ngày làm việc tiếp theo (khoản 5 Điều 148 Bộ luật Dân sự 2015: thời hạn kết thúc vào ngày nghỉ thì ngày kết thúc là ngày làm việc tiếp theo). Thông báo nêu cả hai và cách hiểu mà không gian làm việc chọn (`calendar.deadlinePolicy` trong kehoach.json). Ngày nghỉ bù, hoán đổi trong năm được khai báo ở `calendar.holidays`.",
      en: "The deadline falls on a Saturday, a Sunday, a public holiday or Tết (Labour Code 2019 art. 112) or a make-up day. Such a deadline reads two ways: the working day before (what bodies usually do) or the next working day (Civil Code 2015 art. 148(5): a period that ends on a day off ends on the next working day). The message gives both and the reading the workspace chose (`calendar.deadlinePolicy` in kehoach.json). The year's official swaps and extra days off go in `calendar.holidays`.",
    },
    example: 'task bao-cao "Báo cáo năm" {\n  due before 10/12/2022   # a Saturday\n}',
    fix: { vi: "Ghi hạn vào một ngày làm việc.", en: "Put the deadline on a working day." },
  },
  {
    code: "KH507",
    severity: "error",
    title: { vi: "Hạn báo cáo không đủ thời gian cho cấp trên", en: "Report due too late for the parent" },
    explanation: {
      vi: "Với yêu cầu báo cáo kế thừa (`loại bao-cao` hoặc `kind report`), cấp dưới phải nộp trước cấp trên để cấp trên kịp tổng hợp: hạn của nhiệm vụ phải sớm hơn hạn của kế hoạch cấp trên cho cùng báo cáo (khi kế hoạch cấp trên cũng được kiểm tra), và sớm hơn ít nhất số ngày làm việc chuẩn bị mà không gian làm việc yêu cầu (`calendar.leadTimeDays`, hoặc `calendar.leadTimes` theo từng yêu cầu). Ví dụ: xã nộp báo cáo trước huyện 5 ngày làm việc.",
      en: "For an inherited reporting mandate (`kind report` or `loại bao-cao`) the lower body must report before the higher one so the higher one can compile: the task's deadline must be earlier than the parent plan's deadline for the same report (when the parent plan is checked too), and earlier by at least the lead time in working days the workspace asks (`calendar.leadTimeDays`, or `calendar.leadTimes` per mandate). For example, a commune reports 5 working days before the district.",
    },
    example: '# kehoach.json: { "calendar": { "leadTimeDays": 5 } }\ntask bao-cao "Báo cáo 6 tháng" {\n  covers bao-cao.6-thang   # the district reports before 10/06/2024\n  due before 10/06/2024\n}',
    fix: { vi: "Đặt hạn sớm hơn, theo ngày nêu trong thông báo.", en: "Set an earlier deadline, as the message says." },
  },
  {
    code: "KH508",
    severity: "info",
    title: { vi: "Một đơn vị có nhiều hạn trong cùng một ngày", en: "Many deadlines for one unit on one day" },
    explanation: {
      vi: "Một đơn vị chủ trì nhiều hơn N nhiệm vụ có hạn trong cùng một ngày (mặc định N = 3, đặt bằng `calendar.maxDeadlinesPerUnitPerDay`). Không sai, nhưng nên xem lại để dàn đều công việc.",
      en: "A unit leads more than N tasks due on the same day (N = 3 by default, set by `calendar.maxDeadlinesPerUnitPerDay`). Not wrong, but worth spreading out.",
    },
  },
];
