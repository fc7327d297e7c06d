/** Shared paths for the JsonLogic tests: the repo root and the conformance suite beside the clone. */
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(fileURLToPath(new URL("../..", import.meta.url)));

/** CI places `shared/` beside the clone, so the suite is found relative to the repo root, not the cwd. */
export const conformanceFile = path.resolve(repoRoot, "../shared/conformance/jsonlogic/tests.json");
