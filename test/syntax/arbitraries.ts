/** fast-check generators for the syntax tests: hostile strings, edited plans, random Vietnamese plans. */
import fc from "fast-check";
import { ASCII_VI_PLAN, EN_TEMPLATE, VI_PLAN } from "./plans.js";

export const PLANS = [VI_PLAN, EN_TEMPLATE, ASCII_VI_PLAN] as const;

/** Fragments that matter to the lexer and parser: punctuation, keywords, dates, odd characters. */
export const PIECES = [
  "{", "}", '"', "“", "”", "#", "\n", "\r\n", "\r", " ", "\t", "..", ".", ",", ":", "-", "/", "\\", "\\\"", "'", "[", "]",
  "json", "json {", '{ "a": [1, {"b": "}"}] }', 'json {\n"a"\r\n}', 'json {"x\n', 'json { "\\',
  "kế hoạch", "kế hoạch mẫu", "plan p {", "template t {", "nhiệm vụ", "nhiệm vụ bắt buộc", "task t", "task t \"x\" {",
  "chủ trì", "chu-tri", "CHỦ TRÌ", "chủ - trì", "thời gian", "quý", "II/2024", "iv/2024", "iiii/2024", "Q2", "q5", "Q4x",
  "H1", "h2x", "6 tháng đầu năm", "6 tháng cuối năm", "14/02/2022", "4/2/2022", "2022-02-14", "31/02/2024", "10/06",
  "3/2024", "2024", "13/2024", "123/4/2024", "hằng năm", "hang-nam", "trước", "trước ngày", "từ", "đến", "và", "sau",
  "every year", "before", "applies-to", "đơn vị", "don-vi", "kinh-phi", "yêu cầu", "các yêu cầu", "vai trò", "ngay", "so",
  "level", "a.b-c", "a..b", "_", "\uFEFF", "\u00A0", "\u0000", "\uD800", "\uDC00", "\u0301", "e\u0302\u0301", "ệ", "Đ",
  "ɐ", "\u2028", "\u212A", "İ", "\uFB2C", "😀",
] as const;

export const piece = fc.constantFrom(...PIECES);

/** Arbitrary text: any UTF-16 code units (lone surrogates included), or a soup of the pieces above. */
export const hostileText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: fc.constantFrom(..."{}\"“”#\n\r \t\u0000\uD800\uDFFFaăâđêôơưáàảãạệĐ0123456789/.-,:"), maxLength: 300 }),
  fc.array(fc.oneof(piece, piece, fc.string({ maxLength: 3, unit: "binary" })), { maxLength: 80 }).map((a) => a.join(" ")),
  fc.array(piece, { maxLength: 120 }).map((a) => a.join("")),
);

/** One edit: at a position, delete some characters and insert characters or whole tokens. */
const edit = fc.record({
  at: fc.nat(),
  del: fc.nat({ max: 15 }),
  ins: fc.array(fc.oneof(piece, fc.string({ maxLength: 3, unit: "binary" })), { maxLength: 3 }),
});

/** A valid plan with a few random edits. */
export const editedPlan = fc
  .tuple(fc.constantFrom(...PLANS), fc.array(edit, { minLength: 1, maxLength: 6 }))
  .map(([plan, edits]) => {
    let s: string = plan;
    for (const e of edits) {
      const at = e.at % (s.length + 1);
      s = s.slice(0, at) + e.ins.join("") + s.slice(at + e.del);
    }
    return s;
  });

// ---- random Vietnamese plans ----------------------------------------------------------------

const VI_WORDS = [
  "Tuyên truyền", "cải cách", "hành chính", "nhà nước", "Sở", "Phòng", "Tư pháp", "Ủy ban", "nhân dân", "xã",
  "thủ tục", "chuyển đổi số", "Đăng tải", "Cổng thông tin", "điện tử", "kiểm tra", "báo cáo", "đánh giá", "quý",
  "hướng dẫn", "người dân", "doanh nghiệp", "Hải Phòng", "Quảng Trị", "Gio Linh", "Đắk Lắk", "Sơn La",
];
const ID_PARTS = ["van-phong", "tu-phap", "phòng-nội-vụ", "đội", "nv", "bao-cao", "the-che", "cải-cách", "ủy-ban", "xa-gio-son"];

const viText = fc.array(fc.constantFrom(...VI_WORDS), { minLength: 1, maxLength: 8 }).map((ws) => ws.join(" "));
const viId = fc
  .tuple(fc.constantFrom(...ID_PARTS), fc.nat({ max: 99 }), fc.constantFrom("", ".", "-"))
  .map(([p, n, sep]) => (sep ? `${p}${sep}${n}` : p));
const date = fc
  .tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2020, max: 2026 }))
  .map(([d, m, y]) => `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}`);
const timing = fc.oneof(
  fc.constant("thường xuyên"),
  date,
  date.map((d) => `trước ngày ${d}`),
  fc.tuple(date, date).map(([a, b]) => `từ ${a} đến ${b}`),
  fc.constantFrom("quý I/2024", "quý IV/2025", "tháng 3/2024", "6 tháng đầu năm 2024", "năm 2025", "hằng quý", "hằng năm trước 10/06 và 10/12"),
  // Forms of real texts: written words, whole years, the old spelling `quí`.
  fc.constantFrom("quý IV năm 2025", "Quí II/2024", "quý 3 năm 2024", "tháng 11 năm 2025", "2025 - 2030", "năm 2021–2025", "trước ngày 15 tháng 11", "trước ngày 15 tháng 11 năm 2025", "hằng quí"),
);
const task = fc
  .record({ id: viId, label: viText, lead: viId, with: fc.array(viId, { maxLength: 3 }), timing, note: fc.option(viText) })
  .map(
    (t) =>
      `  nhiệm vụ ${t.id} "${t.label}" {\n    chủ trì ${t.lead}\n` +
      (t.with.length ? `    phối hợp ${t.with.join(", ")}\n` : "") +
      `    thời gian ${t.timing}\n` +
      (t.note ? `    ghi chú "${t.note}"\n` : "") +
      "  }\n",
  );

/** Things that may be put into a plan to provoke diagnostics. */
const fault = fc.constantFrom(
  "",
  "  ngày 31/02/2024\n",
  "  tiêu đề \"Trùng\"\n",
  "  nhiệm vụ x \"Thiếu ngoặc\" {\n",
  "  @@@ ký tự lạ\n",
  "  ghi chú \"chưa đóng\n",
  "  thời gian quý V/2024\n",
  "  chủ trì\n",
);

/** A plan in Vietnamese keywords with Vietnamese text, and maybe a fault somewhere. */
export const vietnamesePlan = fc
  .record({
    id: viId,
    title: viText,
    issuer: viText,
    comment: viText,
    units: fc.array(fc.tuple(viId, viText), { maxLength: 3 }),
    tasks: fc.array(task, { minLength: 1, maxLength: 4 }),
    fault,
    faultAt: fc.nat(),
  })
  .map((p) => {
    const members = [
      `  tiêu đề "${p.title}"\n`,
      `  cơ quan "${p.issuer}"\n`,
      "  cấp xã\n",
      `  # ${p.comment}\n`,
      ...p.units.map(([id, label]) => `  đơn vị ${id} "${label}"\n`),
      ...p.tasks,
    ];
    members.splice(p.faultAt % (members.length + 1), 0, p.fault);
    return `# Kế hoạch ${p.comment}\nkế hoạch ${p.id} {\n${members.join("")}}\n`;
  });

// ---- random plans of every construct, for comparing the fast path with the chevrotain parser --

/** A keyword in either language, in one of its accepted spellings (case, diacritics, hyphens). */
function kw(vi: readonly string[], en: readonly string[]): fc.Arbitrary<string> {
  const respell = (s: string) =>
    fc.constantFrom(
      s,
      s.toUpperCase(),
      s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d"),
      s.replace(/ /g, "-"),
    );
  return fc.constantFrom(...vi, ...en).chain(respell);
}

const K = {
  title: kw(["tiêu đề", "trích yếu"], ["title"]),
  issuer: kw(["cơ quan", "cơ quan ban hành"], ["issuer"]),
  level: kw(["cấp"], ["level"]),
  number: kw(["số", "số hiệu"], ["number"]),
  date: kw(["ngày", "ngày ban hành"], ["date"]),
  place: kw(["địa danh"], ["place"]),
  period: kw(["giai đoạn"], ["period"]),
  implements: kw(["thực hiện", "căn cứ"], ["implements"]),
  role: kw(["vai trò"], ["role"]),
  unit: kw(["đơn vị"], ["unit"]),
  mandate: kw(["yêu cầu", "nhiệm vụ bắt buộc"], ["mandate"]),
  refine: kw(["cụ thể hóa", "cụ thể hoá"], ["refine"]),
  task: kw(["nhiệm vụ"], ["task"]),
  waive: kw(["miễn"], ["waive"]),
  rule: kw(["quy tắc"], ["rule"]),
  requires: kw(["bắt buộc"], ["requires"]),
  appliesTo: kw(["áp dụng", "áp dụng cho"], ["applies-to"]),
  lead: kw(["chủ trì"], ["lead"]),
  coordinating: kw(["phối hợp"], ["coordinating", "with"]),
  due: kw(["hạn", "thời hạn"], ["due"]),
  timing: kw(["thời gian"], ["timing"]),
  waivable: kw(["được miễn"], ["waivable"]),
  yesNo: kw(["có", "không"], ["yes", "no"]),
  kind: kw(["loại"], ["kind"]),
  covers: kw(["đáp ứng"], ["covers"]),
  output: kw(["sản phẩm"], ["output"]),
  note: kw(["ghi chú"], ["note"]),
  part: kw(["phần"], ["part"]),
  severity: kw(["mức"], ["severity"]),
  section: kw(["mục đích", "yêu cầu", "các yêu cầu", "đối tượng", "hình thức", "kinh phí", "nơi nhận"], ["purposes", "requirements", "audiences", "forms", "budget", "recipients"]),
  signature: kw(["chữ ký"], ["signature"]),
  signer: kw(["thẩm quyền", "chức vụ", "người ký"], ["authority", "position", "signer"]),
  and: kw(["và"], ["and"]),
};

const sep = fc.constantFrom(", ", " , ", ",", " và ", " and ");
const id = fc.oneof(viId, fc.constantFrom("ngay", "level", "so", "nam", "q1", "h2", "x", "a.b-c", "Đội-3"));
const str = fc.oneof(viText.map((t) => `"${t}"`), viText.map((t) => `“${t}”`), fc.constantFrom('"có \\"ngoặc\\""', '""', '"a\\u00e9"'));
const list = (item: fc.Arbitrary<string>) => fc.tuple(item, fc.array(fc.tuple(sep, item), { maxLength: 3 })).map(([a, rest]) => a + rest.map(([s, x]) => s + x).join(""));
const anyDate = fc.oneof(date, fc.constantFrom("2024-02-14", "4/2/2024", "31/02/2024", "29/02/2024", "2024-13-01"));
const deadline = fc.oneof(anyDate, fc.constantFrom("10/06", "31/12", "31/02", "25", "40", "15 tháng 11", "31 tháng 2", "5 tháng 6 năm 2024", "10 month 6 year 2024"));
const ws = fc.constantFrom(" ", "  ", "\n    ", " # chú thích\n    ", "\t");
const anyTiming = fc.oneof(
  kw(["thường xuyên"], ["continuous"]),
  anyDate,
  fc.tuple(anyDate, anyDate).map(([a, b]) => `${a} .. ${b}`),
  fc.tuple(kw(["từ", "từ ngày"], ["from"]), anyDate, kw(["đến", "đến ngày"], ["to"]), anyDate).map((p) => p.join(" ")),
  fc.tuple(kw(["trước", "trước ngày"], ["before"]), list(deadline), fc.option(kw(["hằng năm", "hằng quý", "hằng tháng"], ["every year", "every quarter", "every month"]))).map(([b, l, e]) => `${b} ${l}${e ? ` ${e}` : ""}`),
  fc.tuple(kw(["hằng năm", "hằng quý", "hằng tháng"], ["every year", "every quarter", "every month"]), fc.option(fc.tuple(kw(["trước"], ["before"]), list(deadline)))).map(([e, d]) => (d ? `${e} ${d[0]} ${d[1]}` : e)),
  fc.constantFrom("Q1 2024", "q4 2025", "quý II/2024", "quý iv/2024", "quý 3/2024", "quý 5/2024", "QUY I/2024", "tháng 3/2024", "month 13/2024", "H1 2024", "h2 2024", "6 tháng đầu năm 2024", "6 tháng cuối năm 2024", "năm 2024", "year 2025", "sau nv-1", "after x", "quý IV năm 2025", "quarter 4 year 2025", "quý X năm 2025", "quí 2 năm 2024", "tháng 3 năm 2024", "month 13 year 2024", "2025 - 2030", "2030-2025", "năm 2025 – 2030", "year 2021-2025", "1800 - 2030"),
);
const mandateField = fc.oneof(
  fc.tuple(K.appliesTo, list(id)).map((p) => p.join(" ")),
  fc.tuple(K.lead, K.role, id).map((p) => p.join(" ")),
  fc.tuple(K.due, anyTiming).map((p) => p.join(" ")),
  fc.tuple(K.waivable, K.yesNo).map((p) => p.join(" ")),
  fc.tuple(K.kind, id).map((p) => p.join(" ")),
  fc.tuple(K.note, str).map((p) => p.join(" ")),
);
const body = (field: fc.Arbitrary<string>) => fc.array(fc.tuple(ws, field), { maxLength: 4 }).map((fs) => `{${fs.map(([w, f]) => w + f).join("")} }`);
const ref = fc.tuple(id, fc.option(id)).map(([a, b]) => (b ? `${a}:${b}` : a));
const taskField = fc.oneof(
  fc.tuple(K.covers, list(ref)).map((p) => p.join(" ")),
  fc.tuple(K.lead, id).map((p) => p.join(" ")),
  fc.tuple(K.coordinating, list(id)).map((p) => p.join(" ")),
  fc.tuple(fc.oneof(K.timing, K.due), anyTiming).map((p) => p.join(" ")),
  fc.tuple(fc.oneof(K.output, K.note, K.part), str).map((p) => p.join(" ")),
);
const member = fc.oneof(
  fc.tuple(fc.oneof(K.title, K.issuer, K.number, K.place), str).map((p) => p.join(" ")),
  fc.tuple(K.level, id).map((p) => p.join(" ")),
  fc.tuple(K.date, anyDate).map((p) => p.join(" ")),
  fc.tuple(K.period, anyTiming).map((p) => p.join(" ")),
  fc.tuple(K.implements, list(id)).map((p) => p.join(" ")),
  fc.tuple(K.role, id, str).map((p) => p.join(" ")),
  fc.tuple(K.unit, id, fc.option(str), fc.option(fc.tuple(K.role, list(id)))).map(([u, i, l, r]) => [u, i, l ?? "", r ? r.join(" ") : ""].join(" ")),
  fc.tuple(K.mandate, id, fc.option(str), fc.option(body(mandateField))).map(([m, i, l, b]) => [m, i, l ?? "", b ?? ""].join(" ")),
  fc.tuple(K.refine, ref, fc.option(body(mandateField))).map(([r, t, b]) => [r, t, b ?? ""].join(" ")),
  fc.tuple(K.task, id, fc.option(str), fc.option(body(taskField))).map(([t, i, l, b]) => [t, i, l ?? "", b ?? ""].join(" ")),
  fc.tuple(K.waive, ref, fc.option(str)).map(([w, r, s]) => [w, r, s ?? ""].join(" ")),
  fc.tuple(K.section, fc.oneof(str, fc.array(str, { maxLength: 3 }).map((xs) => `{ ${xs.join(" ")} }`))).map((p) => p.join(" ")),
  fc.tuple(K.signature, fc.array(fc.tuple(K.signer, str), { maxLength: 3 })).map(([s, fs]) => `${s} { ${fs.map((f) => f.join(" ")).join(" ")} }`),
  fc.tuple(K.requires, list(fc.oneof(K.section, K.signature))).map((p) => p.join(" ")),
  fc.tuple(K.rule, id, fc.option(str), fc.option(fc.tuple(K.severity, id)), fc.constantFrom('{ "!!": [{ "var": "plan.budget" }] }', "{ }", '{ "a": [1, 2', '{ "x": "}" }', "{\n}")).map(
    ([r, i, l, s, j]) => [r, i, l ?? "", s ? s.join(" ") : "", "json", j].join(" "),
  ),
);

/** A plan (or several) made of random members of every kind, in random spellings; mostly valid. */
export const anyPlan = fc
  .tuple(
    fc.array(
      fc.tuple(kw(["kế hoạch", "kế hoạch mẫu"], ["plan", "template"]), id, fc.array(fc.tuple(ws, member), { maxLength: 12 })),
      { minLength: 1, maxLength: 2 },
    ),
    fc.option(fc.constantFrom("# đầu tệp\n", "\uFEFF", "\r\n")),
  )
  .map(([plans, head]) => (head ?? "") + plans.map(([k, i, ms]) => `${k} ${i} {${ms.map(([w, m]) => w + m).join("")}\n}\n`).join(""));

/** A mostly valid plan with one token changed: a small step off the grammar. */
export const nearlyValidPlan = fc.tuple(anyPlan, fc.nat(), fc.constantFrom("", "{", "}", '"x"', "x", ",", "và", "json", "10/06", "2024", ":", "..", "Q2")).map(([p, at, ins]) => {
  const words = p.split(" ");
  const i = at % words.length;
  words.splice(i, 1, ins);
  return words.join(" ");
});
