/** The package version (read from package.json, from src/ or dist/ alike) and the project URL. */
import { createRequire } from "node:module";

export const INFORMATION_URI = "https://www.npmjs.com/package/kehoach";

let cached: string | undefined;
export function toolVersion(): string {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  for (const p of ["../../package.json", "../package.json"]) {
    try {
      cached = (require(p) as { version: string }).version;
      return cached;
    } catch {
      // try the next layout
    }
  }
  return "0.0.0";
}
