/**
 * Comments for a printed plan: `printDocument` prints the AST (which has no comments), so the
 * notes for the author are put back as whole lines above the members they belong to, at the
 * members' indentation. The positions come from parsing the printed text, never from guessing.
 */
import { parse } from "../syntax/parse.js";

export interface PlanComments {
  /** Lines above the plan (file header). */
  readonly header: readonly string[];
  /** Lines above the member at each index of the plan's members. */
  readonly members: ReadonlyMap<number, readonly string[]>;
}

/** `printed` is the output of `printDocument`; comment lines are given without their `#`. */
export function insertComments(printed: string, comments: PlanComments): string {
  const plan = parse(printed, "<derived>").document.plan;
  const lines = printed.split("\n");
  const above = new Map<number, string[]>();
  const put = (line: number, indent: number, texts: readonly string[]) => {
    const list = above.get(line) ?? [];
    list.push(...texts.map((t) => `${" ".repeat(indent)}# ${t}`.trimEnd()));
    above.set(line, list);
  };
  put(1, 0, comments.header);
  if (plan) {
    for (const [index, texts] of comments.members) {
      const m = plan.members[index];
      if (m) put(m.span.line, m.span.column - 1, texts);
    }
  }
  return lines.flatMap((l, i) => [...(above.get(i + 1) ?? []), l]).join("\n");
}
