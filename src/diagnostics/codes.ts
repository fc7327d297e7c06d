/**
 * The catalogue of diagnostic codes: each code's default severity, a one-line title and a
 * longer explanation with an example, in Vietnamese and English. `kh explain CODE` prints these;
 * SARIF's `tool.driver.rules` is generated from them. Codes are stable: never renumber.
 *
 * Ranges: KH0xx tool and I/O, KH1xx syntax, KH2xx resolution, KH3xx coverage,
 * KH4xx responsibility, KH5xx timing, KH6xx custom rules.
 */
import { CALENDAR_CODES } from "./codes-calendar.js";
import { CHECK_CODES } from "./codes-check.js";
import { LSP_CODES } from "./codes-lsp.js";
import { DERIVE_CODES } from "./codes-derive.js";
import type { Bilingual, Severity } from "./diagnostic.js";

export interface CodeDoc {
  readonly code: string;
  readonly severity: Severity;
  readonly title: Bilingual;
  readonly explanation: Bilingual;
  /** A small example that triggers the diagnostic (kehoach source). */
  readonly example?: string;
  /** How to fix it. */
  readonly fix?: Bilingual;
}

const docs: CodeDoc[] = [
  {
    code: "KH001",
    severity: "error",
    title: { vi: "Lỗi nội bộ của kehoach", en: "Internal error in kehoach" },
    explanation: {
      vi: "kehoach gặp lỗi không mong đợi khi xử lý tệp này. Đây là lỗi của công cụ, không phải của kế hoạch. Vui lòng báo lỗi kèm tệp gây ra.",
      en: "kehoach hit an unexpected failure while processing this file. This is a bug in the tool, not in the plan. Please report it with the file that caused it.",
    },
  },
  {
    code: "KH002",
    severity: "error",
    title: { vi: "Không đọc được tệp", en: "Cannot read file" },
    explanation: {
      vi: "Tệp hoặc thư mục được chỉ định không tồn tại, không đọc được, hoặc không phải văn bản UTF-8.",
      en: "The file or folder given does not exist, cannot be read, or is not UTF-8 text.",
    },
    fix: { vi: "Kiểm tra lại đường dẫn.", en: "Check the path." },
  },
  {
    code: "KH101",
    severity: "error",
    title: { vi: "Ký tự không hợp lệ", en: "Unexpected character" },
    explanation: {
      vi: "Tệp có một ký tự không thuộc ngôn ngữ kehoach ở vị trí này. Văn bản tự do phải nằm trong dấu ngoặc kép \"…\"; ghi chú bắt đầu bằng #.",
      en: "The file has a character that is not part of the kehoach language here. Free text must be inside double quotes \"…\"; comments start with #.",
    },
    example: 'plan p {\n  title Kế hoạch năm 2024 ; missing quotes\n}',
    fix: { vi: "Đặt văn bản trong dấu ngoặc kép, hoặc xóa ký tự.", en: "Put the text in double quotes, or remove the character." },
  },
  {
    code: "KH102",
    severity: "error",
    title: { vi: "Chuỗi chưa được đóng", en: "Unterminated string" },
    explanation: {
      vi: "Một chuỗi mở bằng dấu \" nhưng không được đóng trên cùng dòng.",
      en: "A string opened with \" is not closed on the same line.",
    },
    example: 'plan p {\n  title "Kế hoạch năm 2024\n}',
    fix: { vi: "Thêm dấu \" ở cuối chuỗi.", en: "Add the closing \" at the end of the text." },
  },
  {
    code: "KH103",
    severity: "error",
    title: { vi: "Cú pháp không đúng", en: "Syntax error" },
    explanation: {
      vi: "Ở vị trí này kehoach chờ một thành phần khác (ví dụ một ngày sau `ngày`, một mã định danh sau `chủ trì`). Thông báo nêu rõ điều được chờ đợi.",
      en: "kehoach expected something else here (for example a date after `date`, an identifier after `lead`). The message says what was expected.",
    },
    example: 'plan p {\n  date "14/02/2022"\n}',
    fix: { vi: "Viết theo mẫu trong thông báo; xem docs/language.md.", en: "Write what the message asks for; see docs/language.md." },
  },
  {
    code: "KH104",
    severity: "error",
    title: { vi: "Thiếu dấu đóng }", en: "Missing closing brace" },
    explanation: {
      vi: "Tệp kết thúc trước khi một khối { … } được đóng.",
      en: "The file ends before a { … } block is closed.",
    },
    example: 'plan p {\n  title "Kế hoạch"\n',
    fix: { vi: "Thêm } để đóng khối.", en: "Add } to close the block." },
  },
  {
    code: "KH105",
    severity: "error",
    title: { vi: "Ngày hoặc kỳ không tồn tại", en: "Impossible date or period" },
    explanation: {
      vi: "Ngày, tháng, quý hoặc khoảng thời gian không tồn tại trong lịch (ví dụ 31/02/2024, tháng 13/2024, quý V) hoặc khoảng thời gian kết thúc trước khi bắt đầu.",
      en: "The date, month, quarter or range does not exist in the calendar (e.g. 31/02/2024, month 13/2024, quarter 5), or a range ends before it starts.",
    },
    example: "plan p {\n  date 31/02/2024\n}",
    fix: { vi: "Sửa lại ngày cho đúng.", en: "Correct the date." },
  },
  {
    code: "KH106",
    severity: "error",
    title: { vi: "Khối JSON của quy tắc không hợp lệ", en: "Invalid JSON in a rule" },
    explanation: {
      vi: "Phần sau `json` của một quy tắc phải là một đối tượng JSON hợp lệ (JsonLogic).",
      en: "The part after `json` in a rule must be a valid JSON (JsonLogic) object.",
    },
    example: 'template t {\n  rule r "Có kinh phí" json { "!!": [ { "var": "plan.budget" } }\n}',
    fix: { vi: "Sửa JSON: kiểm tra dấu ngoặc, dấu phẩy và dấu ngoặc kép.", en: "Fix the JSON: check brackets, commas and quotes." },
  },
  {
    code: "KH107",
    severity: "error",
    title: { vi: "Trường bị khai báo hai lần", en: "Field given twice" },
    explanation: {
      vi: "Một trường chỉ được phép xuất hiện một lần trong khối (ví dụ hai `tiêu đề`, hai `chủ trì` trong một nhiệm vụ).",
      en: "A field may appear only once in its block (e.g. two `title`s, or two `lead`s in one task).",
    },
    example: 'plan p {\n  title "A"\n  title "B"\n}',
    fix: { vi: "Giữ lại một giá trị.", en: "Keep one of them." },
  },
  {
    code: "KH108",
    severity: "error",
    title: { vi: "Mã định danh bị trùng", en: "Duplicate identifier" },
    explanation: {
      vi: "Hai khai báo cùng loại (nhiệm vụ, yêu cầu, đơn vị, vai trò, quy tắc) trong một kế hoạch có cùng mã định danh.",
      en: "Two declarations of the same kind (tasks, mandates, units, roles, rules) in one plan have the same identifier.",
    },
    example: 'plan p {\n  task a "Một"\n  task a "Hai"\n}',
    fix: { vi: "Đổi tên một trong hai.", en: "Rename one of them." },
  },
  {
    code: "KH109",
    severity: "error",
    title: { vi: "Tệp phải có đúng một kế hoạch", en: "A file holds exactly one plan" },
    explanation: {
      vi: "Mỗi tệp .kh chứa đúng một `kế hoạch` hoặc `kế hoạch mẫu`.",
      en: "Each .kh file holds exactly one `plan` or `template`.",
    },
    example: 'plan a { }\nplan b { }',
    fix: { vi: "Tách mỗi kế hoạch ra một tệp.", en: "Put each plan in its own file." },
  },
  {
    code: "KH110",
    severity: "error",
    title: { vi: "Thiếu trường bắt buộc của kế hoạch", en: "Missing required header field" },
    explanation: {
      vi: "Mỗi kế hoạch cần `tiêu đề`, `cơ quan` và `cấp`; kế hoạch không phải mẫu cần thêm `thực hiện` nếu có kế hoạch cấp trên.",
      en: "Every plan needs `title`, `issuer` and `level`.",
    },
    example: 'plan p {\n  title "Kế hoạch"\n}',
    fix: { vi: "Thêm trường còn thiếu vào đầu kế hoạch.", en: "Add the missing field to the plan's header." },
  },
  {
    code: "KH111",
    severity: "error",
    title: { vi: "Tệp quá lớn hoặc lồng nhau quá sâu", en: "File too large or nested too deeply" },
    explanation: {
      vi: "Tệp vượt giới hạn an toàn (kích thước, số lỗi hoặc độ sâu lồng nhau). kehoach dừng phân tích để không treo.",
      en: "The file exceeds a safety limit (size, number of errors or nesting depth). kehoach stops analysing it rather than hang.",
    },
  },
  {
    code: "KH112",
    severity: "warning",
    title: { vi: "Trộn từ khóa tiếng Việt và tiếng Anh", en: "Mixed keyword languages" },
    explanation: {
      vi: "Tệp dùng cả từ khóa tiếng Việt và tiếng Anh. Hợp lệ, nhưng trình định dạng sẽ viết lại toàn bộ theo ngôn ngữ của từ khóa đầu tiên.",
      en: "The file uses both Vietnamese and English keywords. That is valid, but the formatter rewrites all of them in the language of the first keyword.",
    },
    example: 'kế hoạch p {\n  title "Kế hoạch"\n}',
  },
  {
    code: "KH601",
    severity: "error",
    title: { vi: "Quy tắc tùy chỉnh không được đáp ứng", en: "Custom rule not satisfied" },
    explanation: {
      vi: "Một quy tắc JsonLogic (trong kế hoạch mẫu hoặc trong gói quy tắc rules/*.json) cho kết quả sai với kế hoạch này. Thông báo là tiêu đề của quy tắc; mức độ (lỗi, cảnh báo, thông tin) do quy tắc quy định. Quy tắc đạt khi biểu thức cho giá trị đúng theo JsonLogic (mảng rỗng, 0, chuỗi rỗng, null là sai).",
      en: "A JsonLogic rule (in a template or in a rule pack rules/*.json) evaluated to false for this plan. The message is the rule's title; the severity (error, warning, info) is the rule's own. A rule passes when its expression is truthy in JsonLogic's sense (empty arrays, 0, empty strings and null are false).",
    },
    example: 'template t {\n  title "Mẫu" issuer "UBND tỉnh" level province\n  rule r1 "Kế hoạch phải nêu kinh phí" json { ">": [ { "count": { "var": "plan.sections.budget" } }, 0 ] }\n}',
    fix: {
      vi: "Sửa kế hoạch để đáp ứng yêu cầu nêu trong tiêu đề quy tắc (ví dụ thêm mục kinh phí, thêm đơn vị chủ trì).",
      en: "Change the plan so it meets what the rule's title asks (for example add the budget section, or a lead unit).",
    },
  },
  {
    code: "KH602",
    severity: "error",
    title: { vi: "Quy tắc tùy chỉnh không hợp lệ", en: "Invalid custom rule" },
    explanation: {
      vi: "Quy tắc JsonLogic không được chạy vì nó không an toàn hoặc không đúng: dùng toán tử không có trong danh sách cho phép (ví dụ `method`), một toán tử không đứng một mình trong đối tượng, lồng nhau quá sâu (mặc định hơn 64 cấp), quá lớn (mặc định hơn 5.000 nút), đường dẫn `var` đi qua `__proto__`, `prototype` hoặc `constructor`, hoặc quy tắc gặp lỗi khi chạy. Quy tắc đến từ cơ quan khác được coi là dữ liệu không tin cậy. Thông báo nêu vấn đề và đường dẫn JSON tới chỗ sai.",
      en: "The JsonLogic rule was not run because it is unsafe or malformed: an operator outside the allow-list (for example `method`), an operator that is not the only key of its object, nesting too deep (over 64 levels by default), too large (over 5,000 nodes by default), a `var` path through `__proto__`, `prototype` or `constructor`, or the rule failed while running. Rules from other bodies are treated as untrusted data. The message names the problem and the JSON path to it.",
    },
    example: 'template t {\n  title "Mẫu" issuer "UBND tỉnh" level province\n  rule r "Tên đơn vị" json { "method": [ { "var": "plan.id" }, "toUpperCase" ] }\n}',
    fix: {
      vi: "Chỉ dùng các toán tử JsonLogic chuẩn (trừ `method`) và các toán tử của kehoach (date_diff_days, date_before, quarter_of, count); giữ quy tắc nhỏ và chỉ đọc các trường của mô hình kế hoạch.",
      en: "Use only standard JsonLogic operators (except `method`) and kehoach's own (date_diff_days, date_before, quarter_of, count); keep rules small and read only fields of the plan model.",
    },
  },
  {
    code: "KH603",
    severity: "warning",
    title: { vi: "Quy tắc vượt giới hạn tính toán", en: "Rule exceeded its work budget" },
    explanation: {
      vi: "Quy tắc bị dừng vì chạy quá số bước cho phép (mặc định 100.000), quá thời gian cho phép, hoặc tạo ra chuỗi hay mảng quá lớn. kehoach dừng quy tắc thay vì treo; kết quả của quy tắc này không được kiểm tra.",
      en: "The rule was stopped because it took more evaluation steps than allowed (100,000 by default), ran past its time limit, or built a string or array that is too large. kehoach stops the rule rather than hang; this rule's requirement was not checked.",
    },
    example: 'template t {\n  title "Mẫu" issuer "UBND tỉnh" level province\n  rule r "Quá nặng" json { "reduce": [ [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24], { "cat": [ { "var": "accumulator" }, { "var": "accumulator" } ] }, "x" ] }\n}',
    fix: {
      vi: "Đơn giản hóa quy tắc: tránh `map`/`reduce` lồng nhau trên danh sách lớn và tránh ghép chuỗi lặp lại.",
      en: "Simplify the rule: avoid nested `map`/`reduce` over large lists and repeated string building.",
    },
  },
  {
    code: "KH604",
    severity: "error",
    title: { vi: "Tệp gói quy tắc không hợp lệ", en: "Invalid rule pack file" },
    explanation: {
      vi: "Tệp rules/*.json không phải JSON hợp lệ hoặc không đúng lược đồ rules/rule-pack.schema.json: cần `name` và mảng `rules`; mỗi quy tắc cần `id`, `title` (chuỗi hoặc { vi, en }), `logic`, có thể có `severity` (error, warning, info) và `appliesTo` (danh sách cấp). Mã quy tắc không được trùng. Quy tắc sai bị bỏ qua; nếu cả tệp sai thì không quy tắc nào được nạp.",
      en: "A rules/*.json file is not valid JSON or does not match rules/rule-pack.schema.json: it needs `name` and a `rules` array; each rule needs `id`, `title` (a string or { vi, en }) and `logic`, and may have `severity` (error, warning, info) and `appliesTo` (a list of levels). Rule ids must be unique. A bad rule is skipped; if the whole file is wrong, none of its rules is loaded.",
    },
    example: '{\n  "name": "cchc",\n  "rules": [ { "id": "kinh-phi", "severity": "fatal", "logic": true } ]\n}',
    fix: {
      vi: "Sửa tệp theo thông báo (đường dẫn JSON Pointer chỉ chỗ sai); xem rules/rule-pack.schema.json.",
      en: "Fix the file as the message says (its JSON Pointer shows where); see rules/rule-pack.schema.json.",
    },
  },
];

export const CODES: ReadonlyMap<string, CodeDoc> = new Map([...docs, ...CHECK_CODES, ...CALENDAR_CODES, ...DERIVE_CODES, ...LSP_CODES].map((d) => [d.code, d]));

export function codeDoc(code: string): CodeDoc | undefined {
  return CODES.get(code.toUpperCase());
}

export function allCodes(): CodeDoc[] {
  return [...CODES.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
}
