/**
 * Timing (KH5xx): every task's timing lies inside the plan period; a task covering a mandate
 * with a deadline or window meets it for every required occurrence in the period (after all
 * refinements), so its deadline is never later than the parent's; `after` names a real task.
 */
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../../diagnostics/make.js";
import type { Span } from "../../diagnostics/span.js";
import type { TaskDecl, Timing } from "../../syntax/ast.js";
import { formatDay } from "../../timing/day.js";
import { expandTiming, unmet, type Occurrence } from "../../timing/occurrences.js";
import { suggest, withReplacement } from "../../resolve/suggest.js";
import type { PlanRule } from "./context.js";

function timingsOf(t: TaskDecl): { timing: Timing; span: Span }[] {
  return t.fields.flatMap((f) => (f.name === "timing" || f.name === "due" ? [{ timing: f.value, span: f.value.span }] : []));
}

export const timingRule: PlanRule = ({ plan }) => {
  const out: Diagnostic[] = [];
  const period = plan.period;
  const taskIds = new Set(plan.tasks.map((t) => t.id.name));
  const taskOccs = new Map<string, Occurrence[]>();
  for (const t of plan.tasks) {
    const occs: Occurrence[] = [];
    for (const { timing, span } of timingsOf(t)) {
      if (timing.kind === "after") {
        if (!taskIds.has(timing.task.name)) {
          const s = suggest(timing.task.name, taskIds);
          out.push(
            withReplacement(makeDiagnostic(
              "KH504",
              timing.task.span,
              { vi: `Không có nhiệm vụ \`${timing.task.name}\``, en: `There is no task \`${timing.task.name}\`` },
              [],
              s ? { vi: `có phải ý bạn là \`${s}\`?`, en: `did you mean \`${s}\`?` } : undefined,
            ), timing.task.span, s),
          );
        }
        continue;
      }
      if (!period) continue;
      // expand against a wide period to see what falls outside the plan's own
      const wide = { start: period.start - 366 * 50, end: period.end + 366 * 50 };
      const e = expandTiming(timing, wide);
      if (e.kind !== "dated") continue;
      const inside = e.occurrences.filter((o) => o.end >= period.start && (o.start ?? o.end) <= period.end);
      const outside = timing.kind !== "continuous" && timing.kind !== "recurring" && inside.length < e.occurrences.length;
      if (outside) {
        out.push(
          makeDiagnostic("KH501", span, {
            vi: `Thời gian của nhiệm vụ \`${t.id.name}\` nằm ngoài kỳ kế hoạch ${formatDay(period.start)}–${formatDay(period.end)}`,
            en: `The timing of task \`${t.id.name}\` lies outside the plan period ${formatDay(period.start)}–${formatDay(period.end)}`,
          }),
        );
      }
      const own = expandTiming(timing, period);
      if (own.kind === "dated") occs.push(...own.occurrences);
    }
    taskOccs.set(t.id.name, occs);
  }
  if (!period) return out;

  const tasksById = new Map<string, TaskDecl[]>();
  for (const t of plan.tasks) {
    const list = tasksById.get(t.id.name);
    if (list) list.push(t);
    else tasksById.set(t.id.name, [t]);
  }
  for (const m of plan.inherited) {
    if (!m.model.applicable || m.model.status !== "covered" || !m.occurrences || m.occurrences.length === 0) continue;
    // in the order of `by` (sorted ids), so the task reported does not depend on declaration order
    const covering = m.model.by.flatMap((id) => tasksById.get(id) ?? []);
    const withTiming = covering.filter((t) => timingsOf(t).some((x) => x.timing.kind !== "after"));
    const dueField = m.decl.fields.find((f) => f.name === "due");
    const related = [{ span: dueField?.span ?? m.decl.id.span, message: { vi: `hạn của ${m.model.origin} ở đây`, en: `${m.model.origin}'s deadline is here` } }];
    if (withTiming.length === 0) {
      const first = covering[0];
      if (first && !covering.some((t) => timingsOf(t).length > 0)) {
        out.push(
          makeDiagnostic(
            "KH503",
            first.id.span,
            {
              vi: `Nhiệm vụ \`${first.id.name}\` đáp ứng \`${m.model.id}\` (hạn ${m.model.due?.text ?? ""}) nhưng không nêu thời gian`,
              en: `Task \`${first.id.name}\` covers \`${m.model.id}\` (due ${m.model.due?.text ?? ""}) but gives no timing`,
            },
            related,
          ),
        );
      }
      continue;
    }
    const union = withTiming.flatMap((t) => taskOccs.get(t.id.name) ?? []);
    const missed = unmet(union, m.occurrences, "cover");
    if (missed.length === 0) continue;
    const first = withTiming[0]!;
    const span = timingsOf(first)[0]!.span;
    const shown = missed.map((o) => (o.kind === "deadline" ? formatDay(o.end) : `${formatDay(o.start ?? o.end)}–${formatDay(o.end)}`));
    out.push(
      makeDiagnostic(
        "KH502",
        span,
        {
          vi: `Nhiệm vụ đáp ứng \`${m.model.id}\` không kịp ${missed.length === 1 ? "lần" : `${missed.length} lần`} yêu cầu: ${shown.join(", ")}`,
          en: `The tasks covering \`${m.model.id}\` miss ${missed.length === 1 ? "the required occurrence" : `${missed.length} required occurrences`}: ${shown.join(", ")}`,
        },
        related,
        { vi: `đặt thời gian không muộn hơn ${shown[0]}`, en: `set a timing no later than ${shown[0]}` },
      ),
    );
  }
  return out;
};
