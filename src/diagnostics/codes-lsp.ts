/** Catalogue entries for the language server (KH8xx). Merged by `codes.ts`. */
import type { CodeDoc } from "./codes.js";

export const LSP_CODES: readonly CodeDoc[] = [
  {
    code: "KH801",
    severity: "error",
    title: { vi: "Lỗi nội bộ của máy chủ ngôn ngữ", en: "Internal error in the language server" },
    explanation: {
      vi: "Máy chủ ngôn ngữ (`kh lsp`) gặp lỗi không mong đợi khi xử lý tệp này trong trình soạn thảo. Máy chủ vẫn chạy tiếp; chi tiết nằm trong nhật ký của máy chủ. Đây là lỗi của công cụ, không phải của kế hoạch: vui lòng báo lỗi kèm tệp và thao tác gây ra.",
      en: "The language server (`kh lsp`) hit an unexpected failure while working on this file in the editor. The server keeps running; the details are in its log. This is a bug in the tool, not in the plan: please report it with the file and what you were doing.",
    },
    fix: {
      vi: "Chạy `kh check` trên tệp để xem các lỗi của kế hoạch; báo lỗi của máy chủ kèm nhật ký.",
      en: "Run `kh check` on the file to see the plan's problems; report the server failure with its log.",
    },
  },
];
