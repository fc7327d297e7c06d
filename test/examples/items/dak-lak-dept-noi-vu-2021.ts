/** Every item of seed dak-lak-dept-noi-vu-2021 (Sở Nội vụ Đắk Lắk, tuyên truyền CCHC 2021), by section. */
import type { SeedExpectation } from "./types.js";

export const expectation: SeedExpectation = {
  source: "dak-lak-dept-noi-vu-2021.txt",
  encoding: "examples/dak-lak-dept-noi-vu-2021.kh",
  items: [
    { section: "Đầu văn bản", kind: "header", text: "Tuyên truyền cải cách hành chính năm 2021 của Sở Nội vụ" },
    { section: "Căn cứ", kind: "basis", text: "Sở Nội vụ xây dựng Kế hoạch tuyên truyền cải cách hành chính năm 2021 với các nội dung cụ thể" },

    { section: "I.1 gạch đầu dòng 1", kind: "purpose", text: "Nội dung tuyên truyền về CCHC phải bám sát quan điểm, chủ trương, đường lối của Đảng" },
    { section: "I.1 gạch đầu dòng 1", kind: "purpose", text: "các kế hoạch CCHC hàng năm của tỉnh" },
    { section: "I.1 gạch đầu dòng 2", kind: "purpose", text: "Tuyên truyền làm tăng tỷ lệ sử dụng dịch vụ công trực tuyến mức độ 3, mức độ 4 của Sở Nội vụ" },
    { section: "I.1 gạch đầu dòng 2", kind: "purpose", text: "cung cấp, minh bạch thông tin trên môi trường mạng theo quy định pháp luật" },

    { section: "I.2 gạch đầu dòng 1", kind: "requirement", text: "bám sát Kế hoạch CCHC và kế hoạch Ứng dụng công nghệ thông tin của tỉnh năm 2021" },
    { section: "I.2 gạch đầu dòng 2", kind: "requirement", text: "Lựa chọn hình thức thông tin, tuyên truyền phù hợp với nhiệm vụ, đối tượng" },
    { section: "I.2 gạch đầu dòng 2", kind: "requirement", text: "được xác định là tiêu chí chấm điểm chỉ số CCHC của Sở hàng năm" },
    { section: "I.2 gạch đầu dòng 3", kind: "requirement", text: "Thông tin, tuyên truyền đảm bảo thiết thực, hiệu quả." },

    { section: "II.1 gạch đầu dòng 1", kind: "content", text: "Tập trung vào 06 nhiệm vụ về thể chế, TTHC, tổ chức bộ máy" },
    { section: "II.1 gạch đầu dòng 1", kind: "content", text: "ngoài ra chú trọng công tác chỉ đạo điều hành, thông tin tuyên truyền về CCHC" },
    { section: "II.1 gạch đầu dòng 2", kind: "content", text: "Tập trung tuyên truyền, phổ biến sâu rộng về tầm quan trọng, ý nghĩa, mục tiêu và tác động của CCHC" },
    { section: "II.1 gạch đầu dòng 2", kind: "content", text: "Vai trò, trách nhiệm của người đứng đầu cơ quan, đơn vị trong việc triển khai nhiệm vụ CCHC" },
    { section: "II.1 gạch đầu dòng 3", kind: "content", text: "Tuyên truyền, phổ biến các Nghị quyết của Chính phủ ban hành Chương trình tổng thể CCHC nhà nước" },
    { section: "II.1 gạch đầu dòng 3", kind: "content", text: "Chương trình CCHC nhà nước tỉnh Đắk Lắk giai đoạn 2021-2025" },
    { section: "II.1 gạch đầu dòng 4", kind: "content", text: "Chú trọng tuyên truyền về việc thực hiện chủ đề năm 2021 của tỉnh" },
    { section: "II.1 gạch đầu dòng 4", kind: "content", text: "“Tăng cường giải quyết TTHC trên môi trường điện tử”" },
    { section: "II.1 gạch đầu dòng 5", kind: "content", text: "Tăng cường ứng dụng công nghệ thông tin, truyền thông trong công tác tuyên truyền về CCHC" },
    { section: "II.1 gạch đầu dòng 5", kind: "content", text: "nghiên cứu đưa các chuyên đề, chuyên mục về CCHC lên trang tin điện tử của Sở Nội vụ" },
    { section: "II.1 gạch đầu dòng 6", kind: "content", text: "Tuyên truyền dịch vụ công trực tuyến mức độ 3, mức độ 4, cơ chế một cửa, một cửa liên thông" },
    { section: "II.1 gạch đầu dòng 7", kind: "content", text: "Tuyên truyền việc đổi mới lề lối và phương thức làm việc trong cơ quan hành chính nhà nước" },
    { section: "II.1 gạch đầu dòng 7", kind: "content", text: "tiếp nhận, giải quyết, xử lý hồ sơ TTHC trực tuyến mức độ 3, mức độ 4" },

    { section: "II.2 gạch đầu dòng 1", kind: "form", text: "Nội dung các TTHC được công khai phải đầy đủ và đảm bảo đúng quy định pháp luật hiện hành" },
    { section: "II.2 gạch đầu dòng 1", kind: "form", text: "Hình thức công khai rõ ràng, thuận lợi cho việc tra cứu" },
    { section: "II.2 gạch đầu dòng 2", kind: "form", text: "Thường xuyên cập nhật các TTHC đã được sửa đổi, bổ sung hoặc bãi bỏ lên Trang thông tin điện tử của Sở" },
    { section: "II.2 gạch đầu dòng 3", kind: "form", text: "Tổ chức Cuộc thi tìm hiểu chính sách, pháp luật về CCHC" },
    { section: "II.2 gạch đầu dòng 3", kind: "form", text: "thực hiện các tiêu phẩm sân khấu có chứa nội dung tuyên truyền về CCHC" },
    { section: "II.2 gạch đầu dòng 4", kind: "form", text: "Khảo sát mức độ hài lòng của tổ chức, cá nhân trong việc thực hiện TTHC" },
    { section: "II.2 gạch đầu dòng 5", kind: "form", text: "Thông tin bằng các hình thức băng rôn, khẩu hiệu, Panô..." },
    { section: "II.2 gạch đầu dòng 5", kind: "form", text: "thông điệp bằng hình ảnh trực quan sinh động, dễ đọc, dễ nắm bắt, dễ thực hiện" },

    { section: "III.1", kind: "duty", text: "Thủ trưởng các cơ quan, đơn vị thuộc và trực thuộc có trách nhiệm phối hợp triển khai thực hiện" },
    { section: "III.2", kind: "duty", text: "Văn phòng Sở có trách nhiệm đôn đốc, theo dõi và tham mưu triển khai thực hiện Kế hoạch này" },
    { section: "III.2", kind: "report", text: "tổng hợp, báo cáo kết quả thực hiện định kỳ theo quy định" },

    { section: "Nơi nhận", kind: "recipient", text: "GD, các PGD Sở;" },
    { section: "Nơi nhận", kind: "recipient", text: "Các CQ, ĐV thuộc, trực thuộc;" },
    { section: "Nơi nhận", kind: "recipient", text: "Lưu: VT, VP." },

    { section: "Chữ ký", kind: "signature", text: "PHÓ GIÁM ĐỐC" },
    { section: "Chữ ký", kind: "signature", text: "Phạm Văn Phước" },
  ],
};
