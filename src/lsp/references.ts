/** Find references: every place in the workspace that names the same mandate, unit, role, plan, task or level. */
import type { Location, ReferenceParams } from "vscode-languageserver";
import { occurrences, targetAt } from "./definition.js";
import { fileUri } from "./diagnostics.js";
import { spanToRange } from "./positions.js";
import type { Session } from "./session.js";

export async function references(session: Session, params: ReferenceParams): Promise<Location[] | null> {
  const found = await targetAt(session, params.textDocument.uri, params.position);
  if (!found) return null;
  const { a, target } = found;
  const withDeclaration = params.context?.includeDeclaration !== false;
  return occurrences(session, a.ws, target, a.file)
    .filter((o) => withDeclaration || !o.declaration)
    .map((o) => ({ uri: fileUri(o.file, a.ws.root), range: spanToRange(o.span) }));
}
