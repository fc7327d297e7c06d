/**
 * Item-by-item review of the Gio Sơn commune plan (Kế hoạch 32/KH-UBND, 14/02/2022): every item
 * of the seed, by section. Recipients of fewer than three words ("UBND huyện;", "7 thôn;",
 * "Lưu: VT.") are too short for the harness to identify and are left out; the encoding lists them.
 */
import type { SeedExpectation } from "./types.js";

export const expectation: SeedExpectation = {
  source: "gio-son-commune-2022.txt",
  encoding: "examples/gio-son-commune-2022.kh",
  items: [
    { section: "Đầu văn bản", kind: "header", text: "Tuyên truyền cải cách hành chính xã Gio Sơn năm 2022" },
    { section: "Đầu văn bản", kind: "header", text: "Ủy ban nhân dân xã Gio Sơn" },
    {
      section: "Căn cứ",
      kind: "basis",
      text: "Thực hiện Kế hoạch số 23/KH-UBND ngày 08/02/2022 về Tuyên truyền cải cách hành chính nhà nước trên địa bàn huyện Gio Linh năm 2022",
    },
    { section: "Căn cứ", kind: "basis", text: "Công văn số 117/UBND-VX ngày 10/02/2022 về việc triển khai tuyên truyền cải cách hành chính năm 2022" },

    { section: "I.1", kind: "purpose", text: "Nâng cao nhận thức, trách nhiệm của tập thể lãnh đạo, người đứng đầu cơ quan hành chính nhà nước" },
    { section: "I.1", kind: "purpose", text: "Nâng cao chất lượng công tác cải cách hành chính, nhất là trong giải quyết các thủ tục hành chính ở bộ phận một cửa" },
    { section: "I.1", kind: "purpose", text: "Tiếp tục phát huy vai trò tích cực của các tổ chức chính trị xã hội" },
    { section: "I.1", kind: "purpose", text: "Tăng cường sự tham gia của người dân, tổ chức và doanh nghiệp trong việc thực hiện CCHC" },

    { section: "I.2", kind: "requirement", text: "Công tác tuyên truyền cải cách hành chính phải tiến hành thường xuyên, thiết thực, hiệu quả" },
    { section: "I.2", kind: "requirement", text: "Kết hợp nhiều nội dung và hình thức tuyên truyền" },
    { section: "I.2", kind: "requirement", text: "Triển khai công tác tuyên truyền CCHC kịp thời, đầy đủ, phù hợp với tình hình, đặc điểm của địa phương" },
    { section: "I.2", kind: "requirement", text: "Tuyên truyền về CCHC gắn với việc góp phần nâng cao Chỉ số năng lực cạnh tranh (PCI)" },
    { section: "I.2", kind: "requirement", text: "Đảm bảo 100% thủ tục hành chính được cập nhật, công bố công khai" },

    { section: "II.1 gạch đầu dòng 1", kind: "content", text: "Tuyên truyền, phổ biến sâu rộng tâm quan trọng, ý nghĩa, mục tiêu các quan điểm" },
    { section: "II.1 gạch đầu dòng 1", kind: "content", text: "tổ chức tiếp nhận ý kiến đóng góp của tổ chức, công dân và doanh nghiệp về TTHC" },
    { section: "II.1 gạch đầu dòng 2", kind: "content", text: "Thông tin kịp thời, đầy đủ các văn bản quy phạm pháp luật đã được rà soát, sửa đổi, bổ sung" },
    { section: "II.1 gạch đầu dòng 3", kind: "content", text: "Tiếp tục tuyên truyền việc thực hiện các nhiệm vụ CCHC gồm: Cải cách thể chế, cải cách TTHC, cải cách bộ máy" },
    { section: "II.1 gạch đầu dòng 4", kind: "content", text: "Tuyên truyền việc ứng dụng Công nghệ thông tin trong tiếp nhận và giải quyết hồ sơ thủ tục hành chính" },
    { section: "II.1 gạch đầu dòng 5", kind: "content", text: "Tăng cường các tin, bài về các văn bản chỉ đạo, điều hành của của tỉnh, của huyện" },
    { section: "II.1 gạch đầu dòng 6", kind: "content", text: "Tuyên truyền về các giải pháp cải thiện, nâng cao chỉ số năng lực cạnh tranh cấp Tỉnh (PCI)" },

    { section: "II.2", kind: "form", text: "Thường xuyên cập nhật TTHC mới ban hành hoặc được sửa đổi, bổ sung" },
    { section: "II.2", kind: "form", text: "Niêm yết công khai thủ tục hành chính tại bộ phận tiếp nhận tiếp nhận và trả kết quả tổ một cửa xã" },
    { section: "II.2", kind: "form", text: "Đưa nội dung, thông tin về CCHC một cách thích hợp vào trong các buổi giao ban" },
    { section: "II.2", kind: "form", text: "Tăng cường các tin, bài các văn bản chỉ đạo, điều hành của UBND xã" },
    { section: "II.2", kind: "form", text: "Xây dựng CCHC của địa phương; thông tin tuyên truyền trên hệ thống pano, áp phích." },
    { section: "II.2", kind: "form", text: "Lồng ghép nội dung CCHC trong các hội nghị tuyên truyền, phổ biến, giáo dục pháp luật" },

    { section: "II.3 Quý I", kind: "timeline", text: "Quý I/2022: Thông tin, tuyên truyền, phổ biến sâu rộng tầm quan trọng" },
    { section: "II.3 Quý I", kind: "timeline", text: "Thực hiện công khai TTHC tại các cơ quan hành chính, đơn vị sự nghiệp công lập; Bộ phận tiếp nhận và trả kết quả." },
    { section: "II.3 Quý II", kind: "timeline", text: "Quý II/2022: Xây dựng chuyên mục tuyên truyền trên cổng thông tin điện tử xã" },
    { section: "II.3 Quý II", kind: "timeline", text: "Tuyên truyền việc thực hiện quyết định số 45/2016/QĐ-UBND ngày 19/10/2016 của UBND tỉnh" },
    { section: "II.3 Quý III", kind: "timeline", text: "Quý III/2022: Tăng cường công tác tuyên truyền CCHC với những tin, bài thông tin tuyên truyền" },
    { section: "II.3 Quý III", kind: "timeline", text: "nâng cao các chỉ số Par Index (chỉ số về CCHC), PCI (chỉ số năng lực cạnh tranh cấp tỉnh)" },
    { section: "II.3 Quý IV", kind: "timeline", text: "Quý IV/2022: Tuyên truyền kết quả thực hiện CCHC trong năm." },
    { section: "II.3 Quý IV", kind: "timeline", text: "Tăng cường tuyên truyền CCHC trong nội bộ từng cơ quan, đơn vị, đoàn thể bằng nhiều hình thức phù hợp." },

    { section: "III", kind: "budget", text: "Kinh phí tổ chức tuyên truyền về CCHC năm 2022 sử dụng nguồn ngân sách nhà nước đã giao dự toán năm 2022" },

    { section: "IV.1 gạch đầu dòng 1", kind: "duty", text: "Tổ chức triển khai, theo dõi, kiểm tra, đôn đốc các cơ quan, đơn vị, các thôn" },
    { section: "IV.1 gạch đầu dòng 2", kind: "duty", text: "Chủ trì, phối hợp với Trung tâm VH TT-TD TT huyện thực hiện tốt nhiệm vụ thông tin, tuyên truyền về CCHC." },
    { section: "IV.1 gạch đầu dòng 3", kind: "duty", text: "Phối hợp với Tư pháp xã đẩy mạnh công tác tuyên truyền, phổ biến các văn bản chỉ đạo" },
    { section: "IV.1 gạch đầu dòng 4", kind: "report", text: "Tổng hợp kết quả thực hiện công tác tuyên truyền CCHC về UBND xã, định kỳ 6 tháng và năm để tổng hợp, báo cáo UBND huyện." },
    { section: "IV.2 gạch đầu dòng 1", kind: "duty", text: "Thường xuyên cập nhật, đăng tải kịp thời, đầy đủ bộ thủ tục hành chính của các cơ quan, đơn vị, UBND cấp xã" },
    { section: "IV.2 gạch đầu dòng 2", kind: "duty", text: "Phối hợp với ban VH&TT, bộ phận một cửa cung cấp thông tin về kiểm soát TTHC" },
    { section: "IV.2 gạch đầu dòng 3", kind: "duty", text: "Đưa tin, bài liên quan đến công tác tuyên truyền CCHC lên hệ thống đài truyền thanh xã." },
    { section: "IV.2 gạch đầu dòng 4", kind: "duty", text: "Hướng dẫn công khai các thủ tục hành chính, quy trình giải quyết công việc tại Bộ phận tiếp nhận và trả kết quả" },
    { section: "IV.2 gạch đầu dòng 5", kind: "duty", text: "Cung cấp thông tin về kết quả thực hiện công tác CCHC cho các cơ quan đơn vị liên quan theo quy định." },
    { section: "IV.2 gạch đầu dòng 6", kind: "duty", text: "Chủ trì, phối hợp với các cơ quan liên quan phổ biến hệ thống văn bản chỉ đạo, điều hành của UBND xã" },
    { section: "IV.2 gạch đầu dòng 7", kind: "duty", text: "đưa việc thực hiện công tác tuyên truyền CCHC vào một trong những tiêu chí để bình xét, thi đua khen thưởng cuối năm" },
    { section: "IV.2 gạch đầu dòng 7", kind: "duty", text: "Chủ trì tổ chức, hướng dẫn các tổ chức, cá nhân về CCHC trên địa bàn." },
    { section: "IV.3 đoạn 1", kind: "duty", text: "Lồng ghép việc tuyên truyền CCHC vào công tác phổ biến giáo dục pháp luật" },
    { section: "IV.3 đoạn 2", kind: "duty", text: "thường xuyên rà soát, cập nhật những nội dung sửa đổi, bổ sung hoặc bãi bỏ đối với các thủ tục hành chính" },
    { section: "IV.3 đoạn 3", kind: "duty", text: "Tổng hợp, lưu hình ảnh, tài liệu trong quá trình tổ chức các hội nghị lồng ghép tuyên truyền" },
    { section: "IV.4 câu 1", kind: "duty", text: "Các cơ quan, ban ngành, đoàn thể xã, các thôn căn cứ vào tình hình và nhiệm vụ của mình chủ động xây dựng kế hoạch" },
    { section: "IV.4 câu 2", kind: "duty", text: "Tuyên truyền công khai thủ tục hành chính tại đơn vị theo quy định tại Nghị định số 63/2010/NĐ-CP" },
    { section: "IV.4 câu 2", kind: "duty", text: "niêm yết công khai nội dung tiếp nhận phản ánh, kiến nghị về quy định hành chính" },
    { section: "IV đoạn kết 1", kind: "report", text: "báo cáo kết quả định kỳ về UBND xã (qua VH&TT xã) để tổng hợp báo cáo UBND xã" },
    { section: "IV đoạn kết 2", kind: "duty", text: "các cơ quan, đơn vị phản ánh về văn phòng UBND để tổng hợp, báo cáo UBND xã xem xét, quyết định" },

    { section: "Nơi nhận", kind: "recipient", text: "Phòng VH TT;" },
    { section: "Nơi nhận", kind: "recipient", text: "Đảng ủy; HĐND xã;" },
    { section: "Nơi nhận", kind: "recipient", text: "Các PCT UBND xã;" },
    { section: "Nơi nhận", kind: "recipient", text: "Các phòng, ban thuộc UBND;" },
    { section: "Chữ ký", kind: "signature", text: "Đỗ An Chung" },
  ],
};
