/**
 * The kind of a document from its number and symbol (Nghị định 30/2020/NĐ-CP, Phụ lục III: the
 * abbreviations of document types). `23/KH-UBND` is a Kế hoạch, `251/QĐ-BNV` a Quyết định,
 * `76/NQ-CP` a Nghị quyết; a Công văn has no type in its symbol (`117/UBND-VX`); Party numbers
 * put the type before the slash (`14-KH/TU`).
 */

const TYPES: Readonly<Record<string, string>> = {
  NQ: "Nghị quyết",
  QĐ: "Quyết định",
  CT: "Chỉ thị",
  QC: "Quy chế",
  QYĐ: "Quy định",
  TC: "Thông cáo",
  TB: "Thông báo",
  HD: "Hướng dẫn",
  CTR: "Chương trình",
  KH: "Kế hoạch",
  PA: "Phương án",
  ĐA: "Đề án",
  DA: "Dự án",
  BC: "Báo cáo",
  BB: "Biên bản",
  TTR: "Tờ trình",
  HĐ: "Hợp đồng",
  CĐ: "Công điện",
  KL: "Kết luận",
  NĐ: "Nghị định",
  TT: "Thông tư",
  TTLT: "Thông tư liên tịch",
};

/** A Party document number: `14-KH/TU`, `05-CT/TW`. */
export function isPartyNumber(number: string): boolean {
  return /^\s*\d+\s*-\s*[\p{L}]+\s*\//u.test(number);
}

/** The type abbreviation of a number and symbol, if it names one (`KH` in `32/KH-UBND`). */
export function typeCode(number: string): string | null {
  const n = number.replace(/\s+/gu, "");
  const party = /^\d+-([\p{L}]+)\//u.exec(n);
  if (party) return party[1]!;
  const slash = n.indexOf("/");
  if (slash < 0) return null;
  // Normative documents put the year between the number and the symbol: 30/2020/NĐ-CP.
  const symbol = n.slice(slash + 1).replace(/^\d{4}\//u, "");
  const first = symbol.split("-")[0] ?? "";
  return first === "" ? null : first;
}

/**
 * The document type named by a number (`Kế hoạch`, `Quyết định`, `Công văn`…). A number whose
 * symbol names no known type is a Công văn; without a number, `fallback`.
 */
export function documentType(number: string | null, fallback = "Kế hoạch"): string {
  if (number === null || number.trim() === "") return fallback;
  const code = typeCode(number);
  if (code === null) return fallback;
  return TYPES[code.toLocaleUpperCase("vi")] ?? "Công văn";
}

/** The number as printed: spaces removed around the slash and hyphen (`32 /KH-UBND` → `32/KH-UBND`). */
export function cleanNumber(number: string): string {
  return number.trim().replace(/\s*([/-])\s*/gu, "$1");
}
