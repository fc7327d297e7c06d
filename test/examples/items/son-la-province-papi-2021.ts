/**
 * Item-by-item review of the Sơn La provincial plan for communicating the reform to raise the
 * PAPI index (2021): every item of the seed, by section. The seed has no number, date or place.
 */
import type { SeedExpectation } from "./types.js";

export const expectation: SeedExpectation = {
  source: "son-la-province-papi-2021.txt",
  encoding: "examples/son-la-province-papi-2021.kh",
  items: [
    {
      section: "Đầu văn bản",
      kind: "header",
      text: "Tuyên truyền về cải cách hành chính để nâng cao Chỉ số Hiệu quả Quản trị và Hành chính công (PAPI) năm 2021 trên địa bàn tỉnh Sơn La",
    },
    { section: "Căn cứ", kind: "basis", text: "Thực hiện Thông báo kết luận số 614-TB/TU ngày 26/12/2016 của Ban Thường vụ tỉnh ủy" },
    { section: "Căn cứ", kind: "basis", text: "Chỉ thị số 33-CT/TU ngày 01/12/2014 về tăng cường lãnh đạo, chỉ đạo cải cách hành chính" },
    { section: "Căn cứ", kind: "basis", text: "Quyết định số 2944/QĐ-UBND ngày 25/12/2020 của UBND tỉnh về ban hành Kế hoạch cải cách hành chính của tỉnh Sơn La năm 2021" },
    { section: "Căn cứ", kind: "basis", text: "Kế hoạch số 24/KH-UBND ngày 21/01/2021 của UBND tỉnh về nâng cao Chỉ số Hiệu quả Quản trị và Hành chính công năm 2021" },
    { section: "Căn cứ", kind: "basis", text: "Ủy ban nhân dân tỉnh Sơn La ban hành Kế hoạch tuyên truyền về cải cách hành chính" },

    { section: "I.1", kind: "purpose", text: "Nhằm nâng cao nhận thức cho các cấp, các ngành, cán bộ, công chức, viên chức và người dân trên địa bàn tỉnh" },
    { section: "I.1", kind: "purpose", text: "Tăng cường sự tham gia của người dân, doanh nghiệp và các tổ chức xã hội" },
    { section: "I.2", kind: "requirement", text: "Tăng cường sự phối hợp giữa các sở, ban, ngành, cơ quan, tổ chức có liên quan" },
    { section: "I.2", kind: "requirement", text: "Công tác thông tin tuyên truyền về nâng cao Chỉ số PAPI cần được triển khai kịp thời, đầy đủ, thường xuyên, liên tục" },
    { section: "I.2", kind: "requirement", text: "Tuyên truyền nâng cao Chỉ số PAPI phải gắn với lộ trình thực hiện các mục tiêu, nhiệm vụ" },
    { section: "I.2", kind: "requirement", text: "gắn với thực hiện Nghị quyết Trung ương 4 khóa XII về xây dựng, chỉnh đốn Đảng" },
    { section: "I.2", kind: "requirement", text: "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV." },

    { section: "II.1", kind: "content", text: "Tuyên truyền về ý nghĩa và tầm quan trọng của công tác cải cách hành chính, cải thiện Chỉ số PAPI" },
    { section: "II.1", kind: "content", text: "nêu cao vai trò trách nhiệm của các cấp ủy đảng, của người đứng đầu cơ quan hành chính các cấp" },
    { section: "II.2", kind: "content", text: "Tuyên truyền, phổ biến cuộc bầu cử đại biểu Quốc hội khoá XV" },
    { section: "II.3", kind: "content", text: "thực hiện tốt Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn" },
    { section: "II.4", kind: "content", text: "Tăng cường phổ biến đến người dân được biết và sử dụng Cổng thông tin điện tử của tỉnh" },
    { section: "II.4", kind: "content", text: "hỗ trợ người dân tiếp cận, sử dụng dịch vụ công trực tuyến mức độ 3, 4" },
    { section: "II.5", kind: "content", text: "Tuyên truyền công tác triển khai Kế hoạch số 183/KH-UBND ngày 15/8/2019 của UBND tỉnh Sơn La" },
    { section: "II.6", kind: "content", text: "Tuyên truyền các cơ chế, chính sách ưu đãi, hỗ trợ, thu hút đầu tư" },
    { section: "II.6", kind: "content", text: "Công khai báo cáo kết quả phòng, chống tham nhũng hàng năm của tỉnh" },
    { section: "II.7", kind: "content", text: "Tuyên truyền các nội dung về xây dựng chính quyền, cải cách hành chính, phòng chống tham nhũng" },
    { section: "II.7", kind: "content", text: "Chỉ số cải cách hành chính cấp tỉnh (PAR INDEX), Chỉ số sẵn sàng về ứng dụng Công nghệ thông tin (ICT INDEX)" },
    { section: "II.8", kind: "content", text: "Tuyên truyền về cải cách hành chính, trọng tâm là cải cách thủ tục hành chính (TTHC)" },
    { section: "II.8", kind: "content", text: "công khai kết quả giải quyết TTHC, lợi ích của việc sử dụng dịch vụ công trực tuyến" },
    { section: "II.9", kind: "content", text: "Thông tin, phản ánh những khó khăn, vướng mắc của doanh nghiệp, các nhà đầu tư" },
    { section: "II.10", kind: "content", text: "Tuyên truyền, biểu dương những tập thể, cá nhân thực hiện tốt, có sáng kiến trong công tác cải cách hành chính" },
    { section: "II.10", kind: "content", text: "giới thiệu các điển hình tốt về cải cách hành chính." },

    { section: "III.1", kind: "audience", text: "Cán bộ, công chức, viên chức, người lao động làm việc trong các cơ quan hành chính nhà nước" },
    { section: "III.2", kind: "form", text: "Tuyên truyền trên các phương tiện thông tin đại chúng: Báo Sơn La, Đài Phát thanh - Truyền hình tỉnh" },
    { section: "III.2", kind: "form", text: "Xây dựng chuyên mục, đưa tin, bài về cải cách hành chính để nâng cao Chỉ số PAPI trên Cổng Thông tin điện tử của tỉnh" },
    { section: "III.2", kind: "form", text: "Lồng ghép tuyên truyền về cải cách hành chính, nâng cao Chỉ số PAPI tại các hội nghị tuyên truyền" },
    { section: "III.2", kind: "form", text: "Tuyên truyền, triển khai các hình thức thích hợp khác: Công khai số điện thoại, hộp thư điện tử của người đứng đầu" },
    { section: "III.2 gạch đầu dòng 1", kind: "duty", text: "Trung tâm Truyền thông - Văn hóa các huyện, thành phố và hệ thống thông tin cơ sở" },
    { section: "III.2 gạch đầu dòng 2", kind: "duty", text: "các sở, ban, ngành, UBND các huyện, thành phố" },
    { section: "III.2 gạch đầu dòng 4", kind: "duty", text: "thường xuyên tổ chức các cuộc gặp, tiếp xúc với nhân dân" },

    { section: "IV.1 gạch đầu dòng 1", kind: "duty", text: "Chỉ đạo các cơ quan thông tấn, báo chí và hệ thống thông tin cơ sở và phối hợp với các sở, ban, ngành trên địa bàn tỉnh" },
    { section: "IV.1 gạch đầu dòng 1", kind: "duty", text: "bản tin chuyên ngành, trang/cổng thông tin điện tử, tạp chí, ấn phẩm" },
    { section: "IV.1 gạch đầu dòng 2", kind: "duty", text: "Thường xuyên theo dõi việc thông tin, tuyên truyền của các cơ quan truyền thông thực hiện đúng quy định của pháp luật" },
    { section: "IV.2", kind: "duty", text: "Đẩy mạnh công tác thông tin, tuyên truyền thông qua việc xây dựng chuyên trang, chuyên mục về cải cách hành chính" },
    { section: "IV.3 gạch đầu dòng 1", kind: "duty", text: "Căn cứ vào chức năng, nhiệm vụ, tùy theo điều kiện thực tế của cơ quan, đơn vị, địa phương triển khai" },
    { section: "IV.3 gạch đầu dòng 2", kind: "duty", text: "Chủ động cập nhật thường xuyên các thông tin về nỗ lực cải cách hành chính, nâng cao chỉ số PAPI của tỉnh" },
    { section: "IV đoạn kết", kind: "duty", text: "Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành, UBND huyện, thành phố, các cơ quan, đơn vị nghiêm túc triển khai thực hiện." },
    { section: "IV đoạn kết", kind: "report", text: "Định kỳ báo cáo kết quả thực hiện (6 tháng trước ngày 10/6 và cả năm trước ngày 10/12) gửi về Sở Thông tin và Truyền thông" },
    { section: "IV đoạn kết", kind: "report", text: "gửi về Sở Thông tin và Truyền thông tổng hợp để báo cáo Ủy ban nhân dân tỉnh theo quy định" },

    { section: "Nơi nhận", kind: "recipient", text: "Chủ tịch UBND tỉnh;" },
    { section: "Nơi nhận", kind: "recipient", text: "Các PCT UBND tỉnh;" },
    { section: "Nơi nhận", kind: "recipient", text: "Các sở, ban, ngành;" },
    { section: "Nơi nhận", kind: "recipient", text: "UBND các huyện, thành phố;" },
    { section: "Nơi nhận", kind: "recipient", text: "Báo Sơn La; Đài PTTH tỉnh;" },
    { section: "Nơi nhận", kind: "recipient", text: "CVP UBND tỉnh;" },
    { section: "Nơi nhận", kind: "recipient", text: "Lưu: VT, KGVX." },
    { section: "Chữ ký", kind: "signature", text: "TM. ỦY BAN NHÂN DÂN" },
    { section: "Chữ ký", kind: "signature", text: "Phạm Văn Thủy" },
  ],
};
