/** Every item of seed hai-phong-dept-khdt-2024 (Sở KH&ĐT Hải Phòng, 18/KH-KHĐT), by section. */
import type { SeedExpectation } from "./types.js";

export const expectation: SeedExpectation = {
  source: "hai-phong-dept-khdt-2024.txt",
  encoding: "examples/hai-phong-dept-khdt-2024.kh",
  items: [
    { section: "Đầu văn bản", kind: "header", text: "Tuyên truyền cải cách hành chính nhà nước năm 2024" },
    { section: "Căn cứ", kind: "basis", text: "Sở Kế hoạch và Đầu tư xây dựng Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2024" },

    { section: "I.1 a)", kind: "purpose", text: "Cụ thể hóa các nhiệm vụ Kế hoạch số 60/KH-UBND ngày 08/3/2024" },
    { section: "I.1 b)", kind: "purpose", text: "Tạo sự chuyển biến trong nhận thức và hành động của công chức, viên chức" },
    { section: "I.1 c)", kind: "purpose", text: "hướng đến lợi ích của người dân và doanh nghiệp; nâng cao chỉ số hài lòng của người dân" },

    { section: "I.2 a)", kind: "requirement", text: "Nội dung tuyên truyền, phổ biến bằng nhiều hình thức, nội dung cụ thể, dễ hiểu" },
    { section: "I.2 b)", kind: "requirement", text: "Công tác tuyên truyền thường xuyên, liên tục, kịp thời, đảm bảo tính thiết thực" },
    { section: "I.2 c)", kind: "requirement", text: "Hình thức tuyên truyền cần được triển khai đa dạng, linh hoạt, khoa học, hợp lý" },
    { section: "I.2 d)", kind: "requirement", text: "sắp xếp tổ chức bộ máy tinh gọn, hiệu quả và nâng cao chất lượng đội ngũ công chức, viên chức" },

    { section: "II.1 a)", kind: "content", text: "Tiếp tục đẩy mạnh tuyên truyền, phổ biến những quan điểm, chủ trương của Đảng" },
    { section: "II.1 a) gạch đầu dòng 1", kind: "content", text: "Nghị quyết số 35/2023/UBTVQH15 ngày 12/7/2023 của Ủy ban Thường vụ Quốc hội" },
    { section: "II.1 a) gạch đầu dòng 1", kind: "content", text: "Nghị quyết số 117/NQ-CP ngày 30/7/2023 của Chính phủ ban hành Kế hoạch thực hiện sắp xếp đơn vị hành chính" },
    { section: "II.1 a) gạch đầu dòng 2", kind: "content", text: "Chương trình hành động số 49-CTr/TU ngày 09/01/2018 của Ban Thường vụ Thành ủy" },
    { section: "II.1 a) gạch đầu dòng 2", kind: "content", text: "Nghị quyết số 03-NQ/TU ngày 26/10/2021 của Ban Thường vụ Thành ủy về việc chuyển đổi số" },
    { section: "II.1 b)", kind: "content", text: "Vai trò, trách nhiệm của các cấp ủy Đảng, của người đứng đầu cơ quan hành chính nhà nước các cấp" },
    { section: "II.1 c)", kind: "content", text: "Tầm quan trọng, ý nghĩa, mục tiêu và tác động của cải cách hành chính đến phát triển kinh tế - xã hội" },
    { section: "II.1 d)", kind: "content", text: "góp phần cải thiện môi trường đầu tư kinh doanh, nâng cao năng lực cạnh tranh, thúc đẩy phát triển" },
    { section: "II.1 đ)", kind: "content", text: "Kết quả thực hiện công tác cải cách hành chính năm 4 2023 và phương hướng" },
    { section: "II.1 đ)", kind: "content", text: "cải thiện Chỉ số chuyển đổi số cấp tỉnh (DTI)" },
    { section: "II.1 e)", kind: "content", text: "Biểu dương các mô hình, điển hình tiên tiến, hình thức quản lý có hiệu quả" },
    { section: "II.1 f)", kind: "content", text: "Thông tin kịp thời các phản ánh, kiến nghị của người dân, tổ chức, doanh nghiệp" },
    { section: "II.1 g)", kind: "content", text: "Tuyên truyền về một số chỉ tiêu chủ yếu thực hiện cải cách hành chính năm 2024" },
    { section: "II.1 g)", kind: "content", text: "cải cách thể chế; cải cách thủ tục hành chính; cải cách tổ chức bộ máy; cải cách chế độ công vụ; cải cách tài chính công" },
    { section: "II.1 h)", kind: "content", text: "Đẩy mạnh tuyên truyền về Chương trình tổng thể cải cách hành chính nhà nước tại thành phố Hải Phòng giai đoạn 2021-2025" },
    { section: "II.1 h)", kind: "content", text: "chính quyền số hướng tới xây dựng thành phố thông minh" },
    { section: "II.1 i)", kind: "content", text: "Việc đẩy mạnh ứng dụng công nghệ thông tin trong cải cách thủ tục hành chính" },
    { section: "II.1 k)", kind: "content", text: "hướng dẫn người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến" },
    { section: "II.1 l)", kind: "content", text: "Thực hiện Hệ thống Quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015" },
    { section: "II.1 l)", kind: "content", text: "triển khai áp dụng tiêu chuẩn TCVN ISO 18091:2020 tại một số địa phương cấp huyện, cấp xã" },

    { section: "III.1", kind: "duty", text: "Căn cứ nội dung và nhiệm vụ được giao phối hợp với Văn phòng Sở triển khai các nhiệm vụ tại Kế hoạch" },
    { section: "III.2 gạch đầu dòng 1", kind: "duty", text: "Tham mưu tổ chức triển khai, thực hiện lồng ghép nội dung, thông tin về cải cách hành chính" },
    { section: "III.2 gạch đầu dòng 2", kind: "duty", text: "Đăng tải các nội dung tuyên truyền về chủ trương, chính sách của Đảng, pháp luật của Nhà nước" },
    { section: "III.2 gạch đầu dòng 2", kind: "form", text: "Cổng thông tin điện tử thành phần màn hình led, email" },

    // "Sở TT&TT;" is too short for a fragment (the harness needs three words); it is in the encoding.
    { section: "Nơi nhận", kind: "recipient", text: "GD, các PGD Sở;" },
    { section: "Nơi nhận", kind: "recipient", text: "Các phòng, đơn vị;" },
    { section: "Nơi nhận", kind: "recipient", text: "Lưu: VT, VP (P.Q.N)." },

    { section: "Chữ ký", kind: "signature", text: "Nguyễn Ngọc Tú" },
  ],
};
