/** Builds a diagnostic whose severity comes from the code catalogue. */
import { codeDoc } from "./codes.js";
import type { Bilingual, Diagnostic, RelatedLocation } from "./diagnostic.js";
import type { Span } from "./span.js";

export function makeDiagnostic(
  code: string,
  span: Span,
  message: Bilingual,
  related: readonly RelatedLocation[] = [],
  help?: Bilingual,
): Diagnostic {
  const doc = codeDoc(code);
  return {
    code,
    severity: doc?.severity ?? "error",
    message,
    span,
    related,
    ...(help ?? doc?.fix ? { help: help ?? doc!.fix! } : {}),
  };
}
