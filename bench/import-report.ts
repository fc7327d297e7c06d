/**
 * `npm run import:report`: runs `kh import` on the four seeds and the six 2025 plans, measures
 * what each draft recovers against independent counts from the source text, and writes the
 * table to test/import/recovery.md (the same table test/import/corpus.test.ts checks).
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { corpus, measure, recoveryReport, recoveryTable } from "../test/import/recovery.js";
import { REPO } from "../test/cli/run.js";

const rows = [];
for (const doc of corpus()) rows.push(await measure(doc));
const file = path.join(REPO, "test/import/recovery.md");
writeFileSync(file, recoveryReport(rows));
process.stdout.write(recoveryTable(rows));
process.stdout.write(`\nwritten to ${path.relative(process.cwd(), file)}\n`);
