/**
 * Catalogue entries for placeholders (KH7xx): the places a generated plan (`kh derive`) leaves for
 * its author to fill. Merged by `codes.ts`.
 */
import type { CodeDoc } from "./codes.js";

export const DERIVE_CODES: readonly CodeDoc[] = [
  {
    code: "KH701",
    severity: "error",
    title: { vi: "Chỗ cần điền", en: "Placeholder to fill" },
    explanation: {
      vi: "Kế hoạch còn một chỗ để trống cho người soạn điền: một đơn vị chủ trì hay phối hợp ghi là `can-dien` (hoặc `TODO`), hoặc một đoạn văn bản bắt đầu bằng `cần điền` (hoặc `TODO`). `kh derive` tạo những chỗ này khi lập kế hoạch từ kế hoạch cấp trên: tên đơn vị nhận mỗi vai trò, đơn vị chủ trì mỗi nhiệm vụ, các mục bắt buộc. Kế hoạch chưa ban hành được khi còn chỗ cần điền; các lỗi khác tại đúng chỗ đó (như đơn vị chưa khai báo) không được báo thêm.",
      en: "The plan still has a place left for its author to fill: a lead or coordinating unit written `TODO` (or `can-dien`), or a text that starts with `TODO` (or `cần điền`). `kh derive` leaves these when it drafts a plan from a parent plan: the name of the unit taking each role, the lead unit of each task, the required sections. A plan is not ready while a placeholder remains; other problems at the very same place (such as an undeclared unit) are not reported on top of it.",
    },
    example: 'plan p {\n  title "Kế hoạch" issuer "UBND xã A" level commune\n  task t "Tuyên truyền" {\n    lead TODO\n  }\n}',
    fix: {
      vi: "Khai báo đơn vị (`đơn vị ID \"Tên\"`) rồi ghi mã của nó thay cho `can-dien`; thay văn bản `cần điền: …` bằng nội dung thật.",
      en: "Declare the unit (`unit ID \"Name\"`) and write its id in place of `TODO`; replace a `TODO: …` text with the real text.",
    },
  },
];
