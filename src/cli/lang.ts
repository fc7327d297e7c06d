/** Picks the message language: `--lang`, else `LANG`/`LC_ALL`/`LC_MESSAGES` starting with `en`, else Vietnamese. */
import type { Lang } from "../diagnostics/diagnostic.js";

export function defaultLang(env: Readonly<Record<string, string | undefined>>): Lang {
  const v = env.KEHOACH_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? "";
  return /^en/i.test(v) ? "en" : "vi";
}

export function parseLang(value: string): Lang {
  const v = value.toLowerCase();
  if (v === "vi" || v === "en") return v;
  throw new Error(`--lang must be vi or en, not "${value}"`);
}
