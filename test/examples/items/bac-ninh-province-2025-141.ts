/**
 * Every item of Bắc Ninh's Kế hoạch 141/KH-UBND (corpus, two-level era), by section. The
 * encoding is a template: items led by the departments and communes are mandates, items led by
 * provincial bodies are tasks. The basis paragraph is the template's `thực hiện` and a comment.
 */
import type { SeedExpectation } from "./types.js";

export const expectation: SeedExpectation = {
  source: "province-bac-ninh-2025-141.txt",
  encoding: "templates/bac-ninh-province-2025-141.kh",
  items: [
    { section: "Đầu văn bản", kind: "header", text: "cán bộ, công chức xây dựng chính sách, pháp luật trên địa bàn tỉnh giai đoạn 2026 - 2030" },

    { section: "I.1 gạch đầu dòng 1", kind: "purpose", text: "Triển khai thực hiện kịp thời, đồng bộ, hiệu quả Kế hoạch số 14-KH/TU của Ban Thường vụ Tỉnh ủy" },
    { section: "I.1 gạch đầu dòng 2", kind: "purpose", text: "Xây dựng, củng cố, nâng cao chất lượng cho đội ngũ làm công tác tham mưu xây dựng chính sách, pháp luật" },
    { section: "I.1 gạch đầu dòng 3", kind: "purpose", text: "Góp phần nâng cao chất lượng công tác xây dựng pháp luật trên địa bàn tỉnh" },
    { section: "I.1 gạch đầu dòng 3", kind: "purpose", text: "đáp ứng yêu cầu phát triển nhanh và bền vững của tỉnh và đất nước trong kỷ nguyên mới" },
    { section: "I.2 gạch đầu dòng 1", kind: "requirement", text: "Việc triển khai thực hiện Kế hoạch này phải được tiến hành đồng bộ, gắn với việc thực hiện nhiệm vụ chính trị" },
    { section: "I.2 gạch đầu dòng 2", kind: "requirement", text: "Xác định cụ thể các mục tiêu, nhiệm vụ, giải pháp; thời gian thực hiện và trách nhiệm" },

    { section: "II.1", kind: "purpose", text: "có trình độ đại học Luật hoặc chuyên ngành luật trở lên" },
    { section: "II.2", kind: "purpose", text: "100% các Sở, ngành bố trí công chức, viên chức làm công tác xây dựng pháp luật" },
    { section: "II.3", kind: "purpose", text: "100% các xã, phường bố trí công chức xây dựng chính sách, pháp luật" },
    { section: "II.4", kind: "purpose", text: "phấn đấu có ít nhất 10% đội ngũ cán bộ, công chức xây dựng chính sách, pháp luật từ nguồn thu hút" },
    { section: "II.5", kind: "purpose", text: "được tập huấn, bồi dưỡng và cung cấp tài liệu để nâng cao trình độ, kỹ năng xây dựng chính sách, pháp luật" },

    { section: "III.1", kind: "content", text: "Thường xuyên rà soát, kiện toàn đội ngũ cán bộ, công chức xây dựng chính sách, pháp luật" },
    { section: "III.1", kind: "duty", text: "Sở Nội vụ, Sở Tư pháp." },
    { section: "III.2", kind: "content", text: "Nghị quyết số 27/NQ- TW ngày 09/11/2022 của Ban Chấp hành Trung ương đảng khóa XIII" },
    { section: "III.2", kind: "content", text: "Quy định số 178-QĐ/TW ngày 27/6/2024 của Bộ Chính trị về kiểm soát quyền lực" },
    { section: "III.2", kind: "content", text: "Luật Ban hành văn bản QPPL và các văn bản hướng dẫn thi hành" },
    { section: "III.3 gạch đầu dòng 1", kind: "content", text: "Các cơ quan, đơn vị, địa phương tiếp tục nâng cao nhận thức về tầm quan trọng, vị trí, vai trò" },
    { section: "III.3 gạch đầu dòng 2", kind: "content", text: "Đề nghị người đứng đầu cấp ủy; thủ trưởng cơ quan, đơn vị, địa phương trực tiếp chỉ đạo" },
    { section: "III.4 gạch đầu dòng 1", kind: "content", text: "Tăng cường công tác giáo dục chính trị, tư tưởng, kỷ luật, kỷ cương" },
    { section: "III.4 gạch đầu dòng 2", kind: "content", text: "không để bị chi phối, tác động bởi các hành vi không lành mạnh nhằm cài cắm lợi ích nhóm" },
    { section: "III.4 gạch đầu dòng 3", kind: "content", text: "Tổ chức tập huấn, bồi dưỡng kiến thức, kỹ năng xây dựng pháp luật" },
    { section: "III.4 gạch đầu dòng 3", kind: "timeline", text: "Theo kế hoạch công tác tư pháp hàng năm." },
    { section: "III.4 gạch đầu dòng 4", kind: "content", text: "Nâng cao kiến thức, kỹ năng xây dựng pháp luật trong chương trình bồi dưỡng kiến thức, kỹ năng quản lý nhà nước" },
    { section: "III.4 gạch đầu dòng 4", kind: "timeline", text: "Theo Kế hoạch bồi dưỡng công chức, viên chức hàng năm." },
    { section: "III.5 gạch đầu dòng 1", kind: "content", text: "Nghiên cứu tham mưu UBND tỉnh ban hành hoặc trình HĐND tỉnh ban hành cơ chế, chính sách" },
    { section: "III.5 gạch đầu dòng 1", kind: "timeline", text: "Giai đoạn 2026-2030 và những năm tiếp theo." },
    { section: "III.5 gạch đầu dòng 2", kind: "content", text: "ưu tiên chọn lựa cán bộ, công chức có kiến thức, năng lực và kinh nghiệm để trở thành lực lượng nòng cốt" },
    { section: "III.5 gạch đầu dòng 2", kind: "timeline", text: "Thường xuyên, theo yêu cầu nhiệm vụ." },
    { section: "III.5 gạch đầu dòng 3", kind: "content", text: "Thực hiện cơ chế đặc thù, áp dụng chế độ thù lao, cộng tác viên" },
    { section: "III.6", kind: "content", text: "Thực hiện kịp thời, đầy đủ cơ chế, chính sách, chế độ hỗ trợ đối với người trực tiếp, thường xuyên làm công tác xây dựng pháp luật" },
    { section: "III.6", kind: "duty", text: "Sở Tài chính, Sở Tư pháp." },
    { section: "III.7 gạch đầu dòng 1", kind: "content", text: "Tăng cường ưu tiên ứng dụng công nghệ số và đẩy mạnh triển khai áp dụng (AI)" },
    { section: "III.7 gạch đầu dòng 2", kind: "content", text: "Ra mắt AI pháp luật hỗ trợ cho cán bộ, công chức, viên chức trên địa bàn tỉnh." },
    { section: "III.7 gạch đầu dòng 3", kind: "content", text: "Cập nhật, khai thác, sử dụng hiệu quả Cổng pháp luật quốc gia, Cơ sở dữ liệu quốc gia về pháp luật" },
    { section: "III.7 gạch đầu dòng 4", kind: "content", text: "Xây dựng, duy trì thường xuyên các chuyên mục, chuyên trang về xây dựng pháp luật trên, Báo và Phát thanh, Truyền hình tỉnh" },
    { section: "III.7 gạch đầu dòng 4", kind: "content", text: "của các sở, ngành, địa phương thuộc phạm vi quản lý." },
    { section: "III.7 gạch đầu dòng 4", kind: "duty", text: "Báo và Phát thanh, Truyền hình tỉnh; Sở Tư pháp, các cơ quan, đơn vị, địa phương." },
    { section: "III.7 gạch đầu dòng 4", kind: "duty", text: "Sở Khoa học và Công nghệ; Trung tâm Thông tin tỉnh; các cơ quan, đơn vị liên quan." },
    { section: "III.8", kind: "content", text: "Tổ chức hội nghị, hội thảo trao đổi nghiệp vụ, kinh nghiệm trong công tác xây dựng pháp luật." },
    { section: "III.9", kind: "content", text: "Tham mưu, đề xuất tổ chức Đoàn của tỉnh hoặc tham gia các Đoàn của Bộ Tư pháp" },

    { section: "IV.1", kind: "duty", text: "Các cơ quan, đơn vị, địa phương xây dựng Kế hoạch triển khai thực hiện phù hợp với chức năng, nhiệm vụ" },
    { section: "IV.1", kind: "timeline", text: "xong trong tháng 12/2025." },
    { section: "IV.1", kind: "report", text: "Định kỳ báo cáo UBND tỉnh (qua Sở Tư pháp) kết quả thực hiện Kế hoạch hằng năm (trước ngày 15 tháng 11)" },
    { section: "IV.2", kind: "duty", text: "Sở Tài chính chủ trì, phối hợp với các Sở, ban, ngành, đơn vị và UBND cấp xã bố trí kinh phí chi thường xuyên" },
    { section: "IV.3", kind: "duty", text: "Sở Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị, địa phương thực hiện kịp thời, hiệu quả" },
    { section: "IV.4", kind: "duty", text: "Các Sở, ngành, đơn vị liên quan kiện toàn và nâng cao trình độ đội ngũ công chức, viên chức làm công tác pháp chế" },
    { section: "IV.5", kind: "duty", text: "UBND các xã, phường tăng cường công tác lãnh đạo công tác xây dựng và thực thi pháp luật" },
    { section: "IV.6", kind: "duty", text: "Giao Sở Tư pháp theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai thực hiện Kế hoạch này" },
    { section: "IV.6", kind: "report", text: "tham mưu sơ kết, tổng kết và định kỳ báo cáo UBND tỉnh theo quy định" },

    { section: "Nơi nhận", kind: "recipient", text: "Bộ Tư pháp (b/c);" },
    { section: "Nơi nhận", kind: "recipient", text: "TT Tỉnh ủy, TT HĐND tỉnh;" },
    { section: "Nơi nhận", kind: "recipient", text: "CT, các PCT UBND tỉnh;" },
    { section: "Nơi nhận", kind: "recipient", text: "Các Sở, cơ quan thuộc UBND tỉnh;" },
    { section: "Nơi nhận", kind: "recipient", text: "Công an tỉnh; Bộ Chỉ huy quân sự tỉnh;" },
    { section: "Nơi nhận", kind: "recipient", text: "UBND các xã, phường;" },
    { section: "Nơi nhận", kind: "recipient", text: "VP UBND tỉnh: LĐVP, TKCT, các phòng, đơn vị;" },
    { section: "Nơi nhận", kind: "recipient", text: "Lưu: VT, NC." },

    { section: "Chữ ký", kind: "signature", text: "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH" },
    { section: "Chữ ký", kind: "signature", text: "PHÓ CHỦ TỊCH" },
    { section: "Chữ ký", kind: "signature", text: "Phạm Văn Thịnh" },
  ],
};
