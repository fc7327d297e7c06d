/**
 * Regenerates `grammar/railroad.html` (railroad diagrams of the kehoach grammar) from the parser.
 * Run with `npx tsx scripts/gen-grammar.ts`; `test/grammar.test.ts` fails when the file is stale.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { railroadHtml } from "../src/syntax/grammar-artifacts.js";

const target = fileURLToPath(new URL("../grammar/railroad.html", import.meta.url));
writeFileSync(target, railroadHtml(), "utf8");
console.log(`wrote ${target}`);
