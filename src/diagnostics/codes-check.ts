/**
 * Catalogue entries for resolution (KH2xx), coverage (KH3xx), responsibility (KH4xx) and
 * timing (KH5xx) diagnostics. Merged into the one catalogue by `codes.ts`.
 */
import type { CodeDoc } from "./codes.js";

export const CHECK_CODES: readonly CodeDoc[] = [
  {
    code: "KH201",
    severity: "error",
    title: { vi: "Không tìm thấy kế hoạch cấp trên", en: "Parent plan not found" },
    explanation: {
      vi: "`thực hiện` nêu một mã kế hoạch không có trong không gian làm việc. kehoach tìm kế hoạch cấp trên trong cùng thư mục, trong `templates/` và trong các `searchPaths` của kehoach.json, không bao giờ ra ngoài thư mục gốc.",
      en: "`implements` names a plan id that is not in the workspace. kehoach looks for parents in the plan's folder, in `templates/` and in the `searchPaths` of kehoach.json, never outside the workspace root.",
    },
    example: 'kế hoạch xa-a {\n  thực hiện huyen-khong-co\n}',
    fix: { vi: "Sửa mã kế hoạch, hoặc thêm tệp kế hoạch cấp trên vào không gian làm việc.", en: "Fix the id, or add the parent's file to the workspace." },
  },
  {
    code: "KH202",
    severity: "error",
    title: { vi: "Vòng lặp kế hoạch cấp trên", en: "Cycle of parents" },
    explanation: {
      vi: "Các kế hoạch thực hiện lẫn nhau thành vòng (a thực hiện b, b thực hiện a). Kế hoạch cấp trên phải ở cấp cao hơn.",
      en: "Plans implement each other in a loop (a implements b, b implements a). A parent must be higher up.",
    },
    example: "plan a {\n  implements b\n}\n# and in b.kh:\nplan b {\n  implements a\n}",
    fix: { vi: "Bỏ một liên kết `thực hiện` trong vòng.", en: "Remove one `implements` link of the loop." },
  },
  {
    code: "KH203",
    severity: "error",
    title: { vi: "Trùng mã kế hoạch", en: "Duplicate plan id" },
    explanation: {
      vi: "Hai tệp khai báo cùng một mã kế hoạch, nên không biết `thực hiện` chỉ tệp nào.",
      en: "Two files declare the same plan id, so an `implements` naming it is ambiguous.",
    },
    fix: { vi: "Đổi mã của một trong hai kế hoạch.", en: "Rename one of the plans." },
  },
  {
    code: "KH204",
    severity: "error",
    title: { vi: "Cấp không xác định", en: "Unknown level" },
    explanation: {
      vi: "`cấp` hoặc `áp dụng` nêu một cấp không có trong danh sách cấp (mặc định: national, ministry, province, department, district, commune; tên tiếng Việt như tỉnh, sở, huyện, xã, phường cũng được). Danh sách có thể thay trong kehoach.json.",
      en: "`level` or `applies-to` names a level that is not in the level table (default: national, ministry, province, department, district, commune; Vietnamese names such as tỉnh, sở, huyện, xã, phường work too). kehoach.json may replace the table.",
    },
    example: "plan p {\n  level communee\n}",
  },
  {
    code: "KH205",
    severity: "error",
    title: { vi: "Cụ thể hóa nới lỏng yêu cầu", en: "Refinement loosens a mandate" },
    explanation: {
      vi: "Kế hoạch chỉ được cụ thể hóa yêu cầu kế thừa theo hướng chặt hơn: hạn sớm hơn, khoảng thời gian hẹp hơn, nhiều lần hơn, ít cấp hơn, không cho miễn. Nới lỏng là lỗi; thông báo chỉ cả hai vị trí.",
      en: "A plan may refine an inherited mandate only by tightening it: an earlier deadline, a narrower window, more occurrences, fewer levels, not waivable. Loosening is an error pointing at both places.",
    },
    example: "refine bao-cao.6-thang {\n  due before 30/06/2024   # the parent says before 10/06/2024\n}",
  },
  {
    code: "KH206",
    severity: "error",
    title: { vi: "Các cụ thể hóa mâu thuẫn", en: "Conflicting refinements" },
    explanation: {
      vi: "Hai kế hoạch cấp trên cụ thể hóa cùng một yêu cầu theo cách không thể cùng thỏa mãn (ví dụ hai khoảng thời gian không giao nhau, hai vai trò chủ trì khác nhau). Thông báo liệt kê mọi vị trí.",
      en: "Two parents refine the same mandate in ways no plan can satisfy together (e.g. two windows that do not overlap, two different lead roles). The message lists every position.",
    },
  },
  {
    code: "KH207",
    severity: "error",
    title: { vi: "Cụ thể hóa yêu cầu không tồn tại", en: "Refinement of an unknown mandate" },
    explanation: { vi: "`cụ thể hóa` nêu một yêu cầu không được kế thừa.", en: "`refine` names a mandate that is not inherited." },
  },
  {
    code: "KH209",
    severity: "error",
    title: { vi: "Đường dẫn tìm kiếm ra ngoài không gian làm việc", en: "Search path outside the workspace" },
    explanation: {
      vi: "Một `searchPaths` trong kehoach.json chỉ ra ngoài thư mục gốc (kể cả qua liên kết tượng trưng). Kế hoạch của cơ quan khác không được đọc từ ngoài không gian làm việc.",
      en: "A `searchPaths` entry of kehoach.json points outside the workspace root (links included). Plans are never read from outside the workspace.",
    },
  },
  {
    code: "KH210",
    severity: "error",
    title: { vi: "kehoach.json không hợp lệ", en: "Invalid kehoach.json" },
    explanation: { vi: "Tệp cấu hình không phải JSON hợp lệ hoặc sai cấu trúc.", en: "The configuration file is not valid JSON or has the wrong shape." },
    example: '{ "searchPaths": ["vendor/templates"], "levels": [{ "id": "province", "rank": 2 }] }',
  },
  {
    code: "KH301",
    severity: "error",
    title: { vi: "Thiếu nhiệm vụ đáp ứng yêu cầu", en: "Mandate not covered" },
    explanation: {
      vi: "Một yêu cầu của kế hoạch cấp trên áp dụng cho cấp này nhưng không có nhiệm vụ nào `đáp ứng` nó và nó không được `miễn`.",
      en: "A parent's mandate applies at this level but no task `covers` it and it is not waived.",
    },
    example: 'kế hoạch xa-a {\n  thực hiện huyen-b\n  # huyen-b requires bao-cao.6-thang; no task covers it\n}',
    fix: {
      vi: "Thêm nhiệm vụ có `đáp ứng <mã yêu cầu>`, hoặc `miễn <mã yêu cầu> \"lý do\"` nếu yêu cầu cho phép miễn.",
      en: "Add a task with `covers <mandate id>`, or `waive <mandate id> \"reason\"` if the mandate is waivable.",
    },
  },
  {
    code: "KH302",
    severity: "error",
    title: { vi: "Đáp ứng yêu cầu không tồn tại", en: "Covers an unknown mandate" },
    explanation: {
      vi: "`đáp ứng` nêu một mã không phải yêu cầu được kế thừa. kehoach gợi ý mã gần nhất (không phân biệt dấu).",
      en: "`covers` names something that is not an inherited mandate. kehoach suggests the closest id (ignoring accents).",
    },
  },
  {
    code: "KH303",
    severity: "warning",
    title: { vi: "Đáp ứng yêu cầu không áp dụng cho cấp này", en: "Covers a mandate that does not apply here" },
    explanation: {
      vi: "Nhiệm vụ đáp ứng một yêu cầu có `áp dụng` không gồm cấp của kế hoạch này. Không sai, nhưng thường là nhầm mã.",
      en: "A task covers a mandate whose `applies-to` does not include this plan's level. Not wrong, but often a wrong id.",
    },
  },
  {
    code: "KH304",
    severity: "error",
    title: { vi: "Miễn yêu cầu không được miễn", en: "Waiver of a non-waivable mandate" },
    explanation: { vi: "Yêu cầu có `được miễn không` nên phải có nhiệm vụ đáp ứng.", en: "The mandate says `waivable no`, so a task must cover it." },
  },
  {
    code: "KH305",
    severity: "error",
    title: { vi: "Miễn mà không nêu lý do", en: "Waiver without a reason" },
    explanation: { vi: "Mỗi `miễn` phải có lý do trong ngoặc kép.", en: "Every `waive` needs a reason in quotes." },
    example: "miễn noi-dung.bao-chi",
    fix: { vi: 'Viết `miễn noi-dung.bao-chi "Sở không quản lý cơ quan báo chí"`.', en: 'Write `waive noi-dung.bao-chi "The department runs no press"`.' },
  },
  {
    code: "KH306",
    severity: "error",
    title: { vi: "Miễn yêu cầu không tồn tại", en: "Waiver of an unknown mandate" },
    explanation: { vi: "`miễn` nêu một mã không phải yêu cầu được kế thừa.", en: "`waive` names something that is not an inherited mandate." },
  },
  {
    code: "KH307",
    severity: "warning",
    title: { vi: "Yêu cầu vừa được đáp ứng vừa được miễn", en: "Mandate both covered and waived" },
    explanation: { vi: "Mỗi yêu cầu chỉ có một trạng thái; bỏ `miễn` hoặc nhiệm vụ đáp ứng.", en: "A mandate has one status; remove the waiver or the covering task." },
  },
  {
    code: "KH308",
    severity: "error",
    title: { vi: "Mã yêu cầu mơ hồ", en: "Ambiguous mandate reference" },
    explanation: {
      vi: "Hai kế hoạch cấp trên có yêu cầu cùng mã. Ghi rõ kế hoạch gốc: `mã-kế-hoạch:mã-yêu-cầu`.",
      en: "Two parents have a mandate with this id. Name the origin plan: `plan-id:mandate-id`.",
    },
  },
  {
    code: "KH309",
    severity: "error",
    title: { vi: "Thiếu mục bắt buộc", en: "Required section missing" },
    explanation: {
      vi: "Kế hoạch cấp trên `bắt buộc` một mục (mục đích, yêu cầu, kinh phí, nơi nhận, chữ ký, …) mà kế hoạch này không có.",
      en: "A parent `requires` a section (purposes, requirements, budget, recipients, signature, …) this plan lacks.",
    },
  },
  {
    code: "KH401",
    severity: "error",
    title: { vi: "Nhiệm vụ không có đơn vị chủ trì", en: "Task without a lead unit" },
    explanation: { vi: "Mỗi nhiệm vụ có đúng một đơn vị `chủ trì`.", en: "Every task has exactly one `lead` unit." },
    fix: { vi: "Thêm `chủ trì <mã đơn vị>`.", en: "Add `lead <unit id>`." },
  },
  {
    code: "KH402",
    severity: "error",
    title: { vi: "Đơn vị được nêu hai lần", en: "Unit named twice" },
    explanation: {
      vi: "Một đơn vị xuất hiện hai lần trong cùng nhiệm vụ (vừa chủ trì vừa phối hợp, hoặc hai lần phối hợp).",
      en: "A unit appears twice in one task (as lead and coordinating, or twice as coordinating).",
    },
  },
  {
    code: "KH403",
    severity: "error",
    title: { vi: "Đơn vị không xác định", en: "Unknown unit" },
    explanation: { vi: "`chủ trì`/`phối hợp` nêu một đơn vị không được khai báo bằng `đơn vị`.", en: "`lead`/`coordinating` names a unit not declared with `unit`." },
  },
  {
    code: "KH404",
    severity: "error",
    title: { vi: "Vai trò không xác định", en: "Unknown role" },
    explanation: {
      vi: "Đơn vị nhận một vai trò mà kế hoạch này và các kế hoạch cấp trên không khai báo.",
      en: "A unit takes a role that neither this plan nor its parents declare.",
    },
  },
  {
    code: "KH405",
    severity: "error",
    title: { vi: "Vai trò chưa được giao cho đơn vị", en: "Role not bound to a unit" },
    explanation: {
      vi: "Một yêu cầu áp dụng cho kế hoạch này nêu vai trò chủ trì, nhưng không đơn vị nào của kế hoạch nhận vai trò đó.",
      en: "An applicable mandate names a lead role, but no unit of this plan takes that role.",
    },
    fix: { vi: "Thêm `vai trò <mã vai trò>` vào khai báo đơn vị phù hợp.", en: "Add `role <role id>` to the right unit declaration." },
  },
  {
    code: "KH406",
    severity: "error",
    title: { vi: "Nhiệm vụ không do đơn vị có vai trò chủ trì", en: "Task not led by the required role" },
    explanation: {
      vi: "Yêu cầu đòi đơn vị có vai trò X chủ trì, nhưng không nhiệm vụ đáp ứng nào do đơn vị đó chủ trì.",
      en: "The mandate requires the unit with role X to lead, but no covering task is led by that unit.",
    },
  },
  {
    code: "KH501",
    severity: "error",
    title: { vi: "Thời gian ngoài kỳ kế hoạch", en: "Timing outside the plan period" },
    explanation: { vi: "Thời gian của nhiệm vụ nằm ngoài `giai đoạn` của kế hoạch.", en: "A task's timing lies outside the plan's `period`." },
  },
  {
    code: "KH502",
    severity: "error",
    title: { vi: "Nhiệm vụ không kịp hạn của yêu cầu", en: "Task misses a mandate's deadline" },
    explanation: {
      vi: "Nhiệm vụ đáp ứng một yêu cầu có hạn hoặc khoảng thời gian, nhưng thời gian của nhiệm vụ không đáp ứng từng lần yêu cầu trong kỳ (ví dụ báo cáo hằng năm trước 10/06 và 10/12 cần cả hai lần), hoặc hạn của nhiệm vụ muộn hơn hạn của cấp trên.",
      en: "A task covers a mandate with a deadline or window, but its timing does not meet every required occurrence in the period (a yearly report before 10/06 and 10/12 needs both), or its deadline is later than the parent's.",
    },
    example: 'task bao-cao "Báo cáo 6 tháng" {\n  covers bao-cao.6-thang   # due before 10/06\n  due 15/06/2024\n}',
  },
  {
    code: "KH503",
    severity: "warning",
    title: { vi: "Nhiệm vụ đáp ứng yêu cầu có hạn nhưng không nêu thời gian", en: "Covering task has no timing" },
    explanation: {
      vi: "Yêu cầu có hạn nhưng nhiệm vụ đáp ứng không có `thời gian` hay `hạn`, nên không kiểm tra được.",
      en: "The mandate has a deadline but the covering task has no `timing` or `due`, so it cannot be checked.",
    },
  },
  {
    code: "KH504",
    severity: "error",
    title: { vi: "`sau` nêu nhiệm vụ không tồn tại", en: "`after` names an unknown task" },
    explanation: { vi: "`sau X` phải nêu một nhiệm vụ của kế hoạch này.", en: "`after X` must name a task of this plan." },
  },
];
