/** Hand-built check reports for the CI renderer tests: Vietnamese text, awkward characters, related locations in another file. */
import type { CheckReport, MandateReport } from "../../src/check/report.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { fileSpan, type Span } from "../../src/diagnostics/span.js";

export const PLAN_FILE = "kế-hoạch/sở khđt.kh";
export const TEMPLATE_FILE = "templates/hai-phong.kh";
export const MISSING_FILE = "thiếu/không-có.kh";
export const EMPTY_FILE = "rỗng.kh";

export const PLAN_SOURCE = [
  "kế hoạch skhdt-2024 {",
  '  tiêu đề "Kế hoạch cải cách hành chính năm 2024"',
  "  ngày 31/02/2024",
  "  thực hiện hai-phong",
  "  title \"mixed\"",
  "}",
  "",
].join("\n");

/** A span on one line of `PLAN_SOURCE`-like text (offsets computed from `text` when given). */
export function span(file: string, line: number, column: number, endLine: number, endColumn: number, text?: string): Span {
  const lines = (text ?? "").split("\n");
  const off = (l: number, c: number) => lines.slice(0, l - 1).reduce((n, s) => n + s.length + 1, 0) + c - 1;
  return { file, line, column, endLine, endColumn, offset: off(line, column), endOffset: off(endLine, endColumn) };
}

/** A message with every character the output formats must escape. */
export const NASTY = 'Giá trị <ngày> & "trích dẫn" \'đơn\' 100% xong: a, b\nDòng hai\r\ncuối';

const waivedWithReason: MandateReport & { readonly reason: string } = {
  origin: "hai-phong",
  id: "hop.dinh-ky",
  title: "Họp định kỳ",
  status: "waived",
  by: [],
  reason: "Đơn vị không tổ chức họp <định kỳ> & \"khác\"",
};

export const DIAGNOSTICS: Diagnostic[] = [
  {
    code: "KH002",
    severity: "error",
    message: { vi: `Không tìm thấy hoặc không đọc được \`${MISSING_FILE}\` (ENOENT)`, en: `Cannot find or read \`${MISSING_FILE}\` (ENOENT)` },
    span: fileSpan(MISSING_FILE),
    related: [],
    help: { vi: "Kiểm tra lại đường dẫn.", en: "Check the path." },
  },
  {
    code: "KH105",
    severity: "error",
    message: { vi: NASTY, en: 'Impossible date <31/02> & "quoted" 100%: a, b\nline two' },
    span: span(PLAN_FILE, 3, 8, 3, 18, PLAN_SOURCE),
    label: { vi: "ngày không tồn tại", en: "no such date" },
    related: [],
    help: { vi: "Sửa lại ngày cho đúng.", en: "Correct the date." },
    fixes: [
      {
        title: { vi: "Đổi thành 28/02/2024", en: "Change to 28/02/2024" },
        edits: [{ span: span(PLAN_FILE, 3, 8, 3, 18, PLAN_SOURCE), text: "28/02/2024" }],
      },
    ],
  },
  {
    code: "KH112",
    severity: "warning",
    message: { vi: "Trộn từ khóa tiếng Việt và tiếng Anh (`title`)", en: "Mixed keyword languages (`title`)" },
    span: span(PLAN_FILE, 5, 3, 5, 8, PLAN_SOURCE),
    related: [
      { span: span(PLAN_FILE, 1, 1, 1, 9, PLAN_SOURCE), message: { vi: "từ khóa đầu tiên là tiếng Việt", en: "the first keyword is Vietnamese" } },
    ],
  },
  {
    code: "KH301",
    severity: "error",
    message: {
      vi: "Yêu cầu `hai-phong:bao-cao.6-thang` chưa có nhiệm vụ đáp ứng",
      en: "Mandate `hai-phong:bao-cao.6-thang` has no task covering it",
    },
    span: span(PLAN_FILE, 4, 3, 4, 22, PLAN_SOURCE),
    related: [
      {
        span: span(TEMPLATE_FILE, 7, 3, 7, 40),
        message: { vi: "yêu cầu được khai báo ở đây: \"Báo cáo 6 tháng\", hạn 10/06", en: "mandate declared here: \"6-month report\", due 10/06" },
      },
    ],
    help: { vi: "Thêm `nhiệm vụ … đáp ứng hai-phong:bao-cao.6-thang`", en: "Add `task … covers hai-phong:bao-cao.6-thang`" },
  },
  {
    code: "KH599",
    severity: "info",
    message: { vi: "Ghi chú: control \u0001\u0008 chars \u{1F4C5}", en: "Note: control \u0001\u0008 chars \u{1F4C5}" },
    span: span(PLAN_FILE, 2, 3, 2, 10, PLAN_SOURCE),
    related: [],
  },
];

export const REPORT: CheckReport = {
  files: 4,
  plans: [
    {
      id: "skhdt-2024",
      file: PLAN_FILE,
      kind: "plan",
      level: "department",
      title: "Kế hoạch cải cách hành chính năm 2024",
      parents: ["hai-phong"],
      mandates: [
        { origin: "hai-phong", id: "noi-dung.the-che", title: "Tuyên truyền thể chế", status: "covered", by: ["t1", "t2"] },
        { origin: "hai-phong", id: "bao-cao.6-thang", title: "Báo cáo 6 tháng", status: "missing", by: [] },
        waivedWithReason,
        { origin: "hai-phong", id: "tap-huan", status: "waived", by: [] },
      ],
      summary: { applicable: 4, covered: 1, waived: 2, missing: 1 },
    },
    {
      id: "hai-phong",
      file: TEMPLATE_FILE,
      kind: "template",
      level: "province",
      parents: [],
      mandates: [],
      summary: { applicable: 0, covered: 0, waived: 0, missing: 0 },
    },
  ],
  diagnostics: DIAGNOSTICS,
};

export const ALL_FILES = [PLAN_FILE, TEMPLATE_FILE, MISSING_FILE, EMPTY_FILE];

export const SOURCES: ReadonlyMap<string, string> = new Map([[PLAN_FILE, PLAN_SOURCE]]);
