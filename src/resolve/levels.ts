/**
 * Administrative levels as ordered data. The default table covers both eras: the four-tier
 * structure (ministry, province, department/district, commune) and the two-level local
 * government in force since 1 July 2025 (province and commune-level units: xã, phường, đặc khu).
 * A workspace may replace it in `kehoach.json`. Names match accent- and case-insensitively.
 */
import type { Bilingual } from "../diagnostics/diagnostic.js";
import { fold } from "../syntax/fold.js";

export interface LevelDef {
  /** Canonical id, used in reports. */
  readonly id: string;
  /** Smaller is higher. Parallel levels (department, district) share a rank. */
  readonly rank: number;
  readonly label: Bilingual;
  /** Other names accepted in `level`/`cấp` and `applies-to`/`áp dụng` (any diacritics). */
  readonly aliases: readonly string[];
}

export const DEFAULT_LEVELS: readonly LevelDef[] = [
  { id: "national", rank: 0, label: { vi: "Trung ương (Chính phủ)", en: "National (Government)" }, aliases: ["trung-ương", "chính-phủ", "quốc-gia", "government", "central"] },
  { id: "ministry", rank: 1, label: { vi: "Bộ, ngành trung ương", en: "Ministry" }, aliases: ["bộ", "ngành", "bộ-ngành"] },
  { id: "province", rank: 2, label: { vi: "Tỉnh, thành phố trực thuộc trung ương", en: "Province or centrally-run city" }, aliases: ["tỉnh", "thành-phố", "tp", "city", "tỉnh-thành"] },
  { id: "department", rank: 3, label: { vi: "Sở, ban, ngành cấp tỉnh", en: "Provincial department" }, aliases: ["sở", "sở-ngành", "ban-ngành", "agency"] },
  { id: "district", rank: 3, label: { vi: "Huyện, quận, thị xã (đến 30/6/2025)", en: "District (until 30/6/2025)" }, aliases: ["huyện", "quận", "thị-xã"] },
  { id: "commune", rank: 4, label: { vi: "Xã, phường, thị trấn, đặc khu", en: "Commune, ward, township, special zone" }, aliases: ["xã", "phường", "thị-trấn", "đặc-khu", "ward", "township", "special-zone"] },
];

export interface LevelTable {
  readonly levels: readonly LevelDef[];
  /** The level a name denotes, if any. */
  lookup(name: string): LevelDef | undefined;
  /** Every accepted name, for did-you-mean suggestions. */
  readonly names: readonly string[];
}

export function levelTable(defs: readonly LevelDef[] = DEFAULT_LEVELS): LevelTable {
  const byName = new Map<string, LevelDef>();
  const names: string[] = [];
  for (const d of defs) {
    for (const n of [d.id, ...d.aliases]) {
      const key = fold(n);
      if (!byName.has(key)) byName.set(key, d);
      names.push(n);
    }
  }
  // Level names repeat in every plan; fold each distinct spelling once.
  const seen = new Map<string, LevelDef | undefined>();
  const lookup = (name: string): LevelDef | undefined => {
    if (seen.has(name)) return seen.get(name);
    const d = byName.get(fold(name));
    seen.set(name, d);
    return d;
  };
  return { levels: defs, lookup, names };
}
