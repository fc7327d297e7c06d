/**
 * Names `kh derive` makes up: the new plan's id (template id + a slug of the issuer), the level
 * as the dialect spells it, task ids from mandate ids, and the title adapted to the issuer.
 */
import type { LevelDef } from "../resolve/levels.js";
import { fold } from "../syntax/fold.js";
import type { Dialect } from "../syntax/keywords/table.js";
import { Identifier } from "../syntax/tokens.js";

const IDENTIFIER = new RegExp(`^(?:${(Identifier.PATTERN as RegExp).source})$`, "u");

/** Whether `name` is written like an identifier (multi-word keywords are caught when the result is parsed). */
export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name.normalize("NFC"));
}

/** `UBND xã Gio Sơn` → `ubnd-xa-gio-son`: folded to plain letters and digits, joined by hyphens. */
export function slug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** The default id of a derived plan: the template's id followed by the issuer's slug. */
export function defaultPlanId(template: string, issuer: string): string {
  const s = slug(issuer);
  return s ? `${template}-${s}` : `${template}-derived`;
}

/**
 * The level as a plan in `dialect` writes it: the canonical id in English, the first Vietnamese
 * name (one with a Vietnamese letter) in Vietnamese, when it is a valid identifier.
 */
export function levelSpelling(level: LevelDef, dialect: Dialect): string {
  if (dialect === "en") return level.id;
  const vi = level.aliases.find((a) => /[^\x00-\x7f]/.test(a) && isIdentifier(a));
  return vi ?? level.id;
}

/** The derived plan's title: the template's, for the issuer. */
export function derivedTitle(templateTitle: string | null, issuer: string): string {
  return templateTitle ? `${templateTitle} — ${issuer}` : `Kế hoạch của ${issuer}`;
}

/** Hands out unique ids, suffixing `-2`, `-3`… on a clash. */
export class IdPool {
  private readonly used = new Set<string>();

  take(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.used.has(id); n++) id = `${wanted}-${n}`;
    this.used.add(id);
    return id;
  }
}
