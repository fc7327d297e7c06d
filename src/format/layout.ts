/**
 * Layout constants shared by the printers. Indentation is a fixed two spaces whatever the user's
 * prettier `tabWidth`/`useTabs` say, so `kh fmt`, the prettier CLI and editors agree byte for byte.
 */
import type { Doc } from "prettier";
import { builders } from "prettier/doc";

const TWO_SPACES = "  ";

/** Indents a doc by two spaces (an `align` with a string ignores `useTabs` and `tabWidth`). */
export function indent2(doc: Doc): Doc {
  return builders.align(TWO_SPACES, doc);
}
