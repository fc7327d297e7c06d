/** Valid sample plans (Vietnamese and English keywords) shared by the syntax robustness, lexer tests and benchmark. */

/** A Vietnamese-keyword plan using units, mandates, every timing form, sections and a rule. */
export const VI_PLAN = `# Kế hoạch của Sở (từ khóa tiếng Việt)
kế hoạch skhdt-hai-phong-2024 {
  tiêu đề "Tuyên truyền cải cách hành chính nhà nước năm 2024"
  cơ quan "Sở Kế hoạch và Đầu tư thành phố Hải Phòng"
  cấp sở
  số "18/KH-KHĐT"
  ngày 12/03/2024
  địa danh "Hải Phòng"
  giai đoạn 01/01/2024 .. 31/12/2024
  thực hiện hai-phong-cchc-2024

  vai trò office "Đơn vị tham mưu tổng hợp"
  đơn vị van-phong "Văn phòng Sở" vai trò office
  đơn vị cac-phong "Các phòng, đơn vị thuộc Sở"
  đơn vị ngay "Đơn vị tên là ngày"

  yêu cầu noi-dung.the-che "Tuyên truyền cải cách thể chế" {
    áp dụng cho sở, xã
    chủ trì vai trò office
    hạn trước 10/06 hằng năm
    được miễn không
    loại tuyên-truyền
    ghi chú "Theo Kế hoạch số 60/KH-UBND"
  }
  cụ thể hóa hai-phong-cchc-2024:bao-cao.6-thang {
    hạn hằng năm trước 10/06 và 10/12
  }

  nhiệm vụ dang-tai "Đăng tải nội dung tuyên truyền trên Cổng thông tin điện tử thành phần" {
    đáp ứng noi-dung.the-che, hai-phong-cchc-2024:bao-cao.6-thang
    chủ trì van-phong
    phối hợp cac-phong, ngay
    thời gian thường xuyên
    sản phẩm "Tin, bài đăng tải"
  }
  nhiệm vụ t-ngay "Một ngày" { thời gian 14/02/2024 }
  nhiệm vụ t-iso "Ngày ISO" { thời gian 2024-02-14 }
  nhiệm vụ t-truoc "Trước ngày" { hạn trước ngày 4/2/2024 }
  nhiệm vụ t-khoang "Từ … đến" { thời gian từ 01/03/2024 đến 30/06/2024 }
  nhiệm vụ t-cham "Khoảng" { thời gian 01/03/2024 .. 30/06/2024 }
  nhiệm vụ t-quy "Quý" { thời gian quý II/2024 }
  nhiệm vụ t-quy-so "Quý số" { thời gian quý 3/2024 }
  nhiệm vụ t-q "Q" { thời gian Q4 2024 }
  nhiệm vụ t-thang "Tháng" { thời gian tháng 3/2024 }
  nhiệm vụ t-nua "Nửa năm" { thời gian 6 tháng đầu năm 2024 }
  nhiệm vụ t-nua2 "Nửa năm sau" { thời gian 6 tháng cuối năm 2024 }
  nhiệm vụ t-h "H" { thời gian H2 2024 }
  nhiệm vụ t-nam "Năm" { thời gian năm 2024 }
  nhiệm vụ t-hang-quy "Hằng quý" { thời gian hằng quý }
  nhiệm vụ t-hang-thang "Hằng tháng" { thời gian hằng tháng trước 25 }
  nhiệm vụ t-sau "Sau" { thời gian sau dang-tai }
  nhiệm vụ bao-cao-6-thang "Báo cáo kết quả 6 tháng" {
    đáp ứng bao-cao.6-thang
    chủ trì van-phong
    hạn 05/06/2024
  }
  miễn noi-dung.bao-chi "Sở không quản lý cơ quan báo chí"

  mục đích "Nâng cao nhận thức về cải cách hành chính"
  yêu cầu {
    "Bám sát kế hoạch của Thành phố"
    "Bảo đảm thiết thực, hiệu quả"
  }
  đối tượng "Cán bộ, công chức, viên chức"
  hình thức { "Cổng thông tin điện tử" "Hội nghị" }
  kinh phí "Ngân sách nhà nước"
  nơi nhận { "UBND thành phố" "Lưu: VT" }
  chữ ký {
    thẩm quyền "KT. GIÁM ĐỐC"
    chức vụ "PHÓ GIÁM ĐỐC"
    người ký "Nguyễn Văn A"
  }
  bắt buộc mục đích, kinh phí
  quy tắc co-kinh-phi "Kế hoạch phải nêu nguồn kinh phí" mức warning json { "!!": [{ "var": "plan.budget" }], "x": [1, 2, {"y": "}"}] }
}
`;

/** An English-keyword template. */
export const EN_TEMPLATE = `# template published by the city (English keywords)
template hai-phong-cchc-2024 {
  title  "Tuyên truyền cải cách hành chính nhà nước thành phố Hải Phòng năm 2024"
  issuer "UBND thành phố Hải Phòng"
  level  province
  number "60/KH-UBND"
  date   08/03/2024
  period 01/01/2024 .. 31/12/2024

  role office "Đơn vị tham mưu tổng hợp"

  mandate noi-dung.the-che "Tuyên truyền cải cách thể chế" {
    applies-to department, commune
  }
  mandate bao-cao.6-thang "Báo cáo kết quả 6 tháng" {
    applies-to department, commune
    lead role office
    due before 10/06 every year
    waivable no
  }
  task t1 "Q" { timing Q2 2024 }
  task t2 "M" { timing month 3/2024 due every quarter }
  task t3 "H" { timing H1 2024 coordinating a and b }
  task t4 "Y" { timing every year before 10/06 and 10/12 }
  task t5 "A" { timing after t4 }
  requires purposes, budget, signature
  rule co-kinh-phi "Kế hoạch phải nêu nguồn kinh phí" json { "!!": [{ "var": "plan.budget" }] }
}
`;

/** A small plan without diacritics in its keywords. */
export const ASCII_VI_PLAN = `ke hoach p {
  tieu de "Kế hoạch"
  co quan "UBND xã"
  cap xa
  nhiem vu a "Việc a" { chu tri van-phong thoi gian quy IV/2024 }
}
`;
