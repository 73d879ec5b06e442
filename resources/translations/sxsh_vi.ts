<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ActivitiesWindow</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên hoạt động</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Người tham dự</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Số người</translation>
    </message>
    <message>
        <source>(person only)</source>
        <translation>(chỉ cá nhân)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Positive feedback</source>
        <translation>Phản hồi tích cực</translation>
    </message>
    <message>
        <source>The feedback form says the benefits of CP were understood</source>
        <translation>Phiếu phản hồi cho thấy đã hiểu lợi ích của SXSH</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message numerus="yes">
        <source>Activities (%n)</source>
        <translation>
            <numerusform>Hoạt động (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Hoạt động mới</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Plan task:</source>
        <translation>Nhiệm vụ kế hoạch:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại hoạt động:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tên hoạt động:</translation>
    </message>
    <message>
        <source>Commune:</source>
        <translation>Xã/phường:</translation>
    </message>
    <message>
        <source>Organiser:</source>
        <translation>Đơn vị tổ chức:</translation>
    </message>
    <message>
        <source>Cost (VND):</source>
        <translation>Kinh phí (đồng):</translation>
    </message>
    <message>
        <source>Funding source:</source>
        <translation>Nguồn kinh phí:</translation>
    </message>
    <message>
        <source>Add a facility…</source>
        <translation>Thêm cơ sở…</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Thêm cá nhân</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ khỏi danh sách</translation>
    </message>
    <message>
        <source>Import an attendance list…</source>
        <translation>Nhập danh sách tham dự…</translation>
    </message>
    <message>
        <source>Attached files (attendance list, photos)</source>
        <translation>Tệp đính kèm (danh sách tham dự, ảnh)</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <source>Save the activity</source>
        <translation>Lưu hoạt động</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <source>Attendance lists and photos (*.xlsx *.xls *.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Danh sách tham dự và ảnh (*.xlsx *.xls *.pdf *.jpg *.jpeg *.png);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Import an attendance list</source>
        <translation>Nhập danh sách tham dự</translation>
    </message>
    <message>
        <source>An attendance list makes a new activity: choose “New activity”, fill in its details, then import the list.</source>
        <translation>Danh sách tham dự tạo một hoạt động mới: chọn “Hoạt động mới”, điền thông tin hoạt động rồi nhập danh sách.</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx);;All files (*)</source>
        <translation>Bảng tính (*.xlsx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Cost: {problem}</source>
        <translation>Kinh phí: {problem}</translation>
    </message>
    <message>
        <source>{name} is larger than {size} MB and cannot be attached.</source>
        <translation>Tệp {name} lớn hơn {size} MB nên không đính kèm được.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>Không đọc được {path}: {reason}</translation>
    </message>
    <message>
        <source>Delete the activity “{title}” of {date}, with its participants and files?</source>
        <translation>Xóa hoạt động “{title}” ngày {date} cùng danh sách tham dự và tệp đính kèm?</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Xóa hoạt động</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>%1: “%2” is not taken yet — correct it, or Ctrl+Z to drop it</source>
        <translation>%1: “%2” chưa được nhận — hãy sửa lại, hoặc bấm Ctrl+Z để bỏ</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Di chuyển</translation>
    </message>
</context>
<context>
    <name>AssessmentsModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(chưa đặt tên)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên đợt đánh giá</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>Tư vấn viên</translation>
    </message>
</context>
<context>
    <name>AttendancePreviewDialog</name>
    <message>
        <source>Import an attendance list</source>
        <translation>Nhập danh sách tham dự</translation>
    </message>
    <message>
        <source>{file}, sheet “{sheet}”: {rows} attendee(s), {matched} matched to a facility of the registry, {unknown} naming a facility the registry does not hold.</source>
        <translation>{file}, trang “{sheet}”: {rows} người tham dự, {matched} khớp với cơ sở trong danh bạ, {unknown} ghi đơn vị chưa có trong danh bạ.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Name in the list</source>
        <translation>Họ tên trong danh sách</translation>
    </message>
    <message>
        <source>Facility in the list</source>
        <translation>Cơ sở trong danh sách</translation>
    </message>
    <message>
        <source>Matched to</source>
        <translation>Khớp với</translation>
    </message>
    <message>
        <source>(person only)</source>
        <translation>(chỉ cá nhân)</translation>
    </message>
    <message>
        <source>(not in the registry)</source>
        <translation>(chưa có trong danh bạ)</translation>
    </message>
    <message>
        <source>Keep the attendees of facilities not in the registry as persons</source>
        <translation>Giữ người của đơn vị chưa có trong danh bạ như cá nhân</translation>
    </message>
    <message>
        <source>The activity is saved with the details of the form, these attendees and the spreadsheet attached.</source>
        <translation>Hoạt động được lưu với thông tin trên biểu mẫu, những người tham dự này và tệp bảng tính đính kèm.</translation>
    </message>
    <message>
        <source>Save the activity with them</source>
        <translation>Lưu hoạt động cùng danh sách này</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Kind of record</source>
        <translation>Loại bản ghi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Gửi từ</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Phát hiện lúc</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Office version</source>
        <translation>Bản của văn phòng</translation>
    </message>
    <message>
        <source>Incoming version</source>
        <translation>Bản mới gửi đến</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(đã xóa)</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%n open)</source>
        <translation>
            <numerusform>Xung đột (%n chưa xử lý)</numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts: every package was merged.</source>
        <translation>Không còn xung đột: mọi gói đã được hợp nhất.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind} “{record}”&lt;/b&gt;: {reason}. The office version is in use; the incoming one came from {sender} on {date}.</source>
        <translation>&lt;b&gt;{kind} “{record}”&lt;/b&gt;: {reason}. Đang dùng bản của văn phòng; bản mới do {sender} gửi đến lúc {date}.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>These records were changed both at the office and by a consultant. The office version stays until you choose; nothing was overwritten.</source>
        <translation>Các bản ghi này đã được sửa cả ở văn phòng và bởi tư vấn viên. Bản của văn phòng được giữ cho đến khi bạn chọn; không có gì bị ghi đè.</translation>
    </message>
    <message>
        <source>Keep &amp;office version</source>
        <translation>Giữ bản của &amp;văn phòng</translation>
    </message>
    <message>
        <source>Keep &amp;incoming version</source>
        <translation>Giữ bản &amp;mới gửi đến</translation>
    </message>
</context>
<context>
    <name>CpStatusWindow</name>
    <message>
        <source>Step</source>
        <translation>Bậc</translation>
    </message>
    <message>
        <source>Reached on</source>
        <translation>Đạt ngày</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người quyết định</translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation>chưa có căn cứ</translation>
    </message>
    <message>
        <source>activity attended: {what}</source>
        <translation>đã dự hoạt động: {what}</translation>
    </message>
    <message>
        <source>assessment: {what}</source>
        <translation>đánh giá: {what}</translation>
    </message>
    <message>
        <source>follow-up with a solution done: {what}</source>
        <translation>theo dõi sau đánh giá có giải pháp đã thực hiện: {what}</translation>
    </message>
    <message>
        <source>override: {what}</source>
        <translation>điều chỉnh thủ công: {what}</translation>
    </message>
    <message>
        <source>{evidence} (a later step reached)</source>
        <translation>{evidence} (do đã đạt bậc sau)</translation>
    </message>
    <message>
        <source>CP status of a facility</source>
        <translation>Mức độ SXSH của cơ sở</translation>
    </message>
    <message>
        <source>Find a facility by name, tax code or commune</source>
        <translation>Tìm cơ sở theo tên, mã số thuế hoặc xã/phường</translation>
    </message>
    <message>
        <source>Overrides (the newest of a step counts)</source>
        <translation>Điều chỉnh thủ công (mỗi bậc lấy điều chỉnh mới nhất)</translation>
    </message>
    <message>
        <source>Override what the evidence says</source>
        <translation>Điều chỉnh kết quả suy ra từ căn cứ</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Bậc:</translation>
    </message>
    <message>
        <source>Reached on:</source>
        <translation>Đạt ngày:</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>đã đạt</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>Lý do (bắt buộc):</translation>
    </message>
    <message>
        <source>Save the override</source>
        <translation>Lưu điều chỉnh</translation>
    </message>
    <message>
        <source>Withdraw the override</source>
        <translation>Hủy điều chỉnh</translation>
    </message>
    <message>
        <source>Choose a facility.</source>
        <translation>Hãy chọn một cơ sở.</translation>
    </message>
    <message>
        <source>Derived from the evidence by the rule {rule}; a step reached implies the ones before it.</source>
        <translation>Suy ra từ căn cứ theo quy tắc {rule}; đạt một bậc thì coi như đã đạt các bậc trước.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong that SXSH Desktop did not expect. Your work up to the last change is saved. Please send the log file to the people who support the application:
{path}</source>
        <translation>Đã xảy ra lỗi mà SXSH Desktop không lường trước. Công việc của bạn đến lần thay đổi cuối cùng đã được lưu. Vui lòng gửi tệp nhật ký này cho bộ phận hỗ trợ phần mềm:
{path}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Lỗi không lường trước</translation>
    </message>
</context>
<context>
    <name>EnterpriseDialog</name>
    <message>
        <source>New enterprise</source>
        <translation>Thêm doanh nghiệp</translation>
    </message>
    <message>
        <source>Edit enterprise</source>
        <translation>Sửa thông tin doanh nghiệp</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(chưa có)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <source>Enter the enterprise&apos;s name.</source>
        <translation>Hãy nhập tên doanh nghiệp.</translation>
    </message>
    <message>
        <source>This tax code is already registered to {name}.</source>
        <translation>Mã số thuế này đã được đăng ký cho {name}.</translation>
    </message>
    <message>
        <source>The CP steps come in order: informed, then aware, then applying, each on or after the one before.</source>
        <translation>Các mức SXSH theo thứ tự: được phổ biến, rồi nhận thức được lợi ích, rồi áp dụng; mỗi mức vào cùng ngày hoặc sau mức trước.</translation>
    </message>
    <message>
        <source>A tax code has 10 digits, or 10 digits, a dash and 3 digits for a branch (3001234567-001).</source>
        <translation>Mã số thuế gồm 10 chữ số; với chi nhánh là 10 chữ số, dấu gạch ngang và 3 chữ số (3001234567-001).</translation>
    </message>
    <message>
        <source>The check digit (the 10th) does not match: check for a typing mistake.</source>
        <translation>Chữ số kiểm tra (chữ số thứ 10) không khớp: hãy kiểm tra xem có gõ nhầm không.</translation>
    </message>
    <message>
        <source>This tax code cannot exist: check for a typing mistake.</source>
        <translation>Không thể có mã số thuế này: hãy kiểm tra xem có gõ nhầm không.</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Identity and address</source>
        <translation>Thông tin chung và địa chỉ</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Tên *</translation>
    </message>
    <message>
        <source>S&amp;hort name</source>
        <translation>Tên &amp;viết tắt</translation>
    </message>
    <message>
        <source>&amp;Tax code</source>
        <translation>&amp;Mã số thuế</translation>
    </message>
    <message>
        <source>10 digits, or 10 digits-3 digits for a branch</source>
        <translation>10 chữ số, chi nhánh thêm dấu gạch ngang và 3 chữ số</translation>
    </message>
    <message>
        <source>&amp;Street address</source>
        <translation>&amp;Số nhà, đường</translation>
    </message>
    <message>
        <source>&amp;Commune / ward</source>
        <translation>&amp;Xã / phường</translation>
    </message>
    <message>
        <source>&amp;Province</source>
        <translation>Tỉn&amp;h / thành phố</translation>
    </message>
    <message>
        <source>District (before 07/2025)</source>
        <translation>Huyện (trước 07/2025)</translation>
    </message>
    <message>
        <source>S&amp;ector (VSIC)</source>
        <translation>&amp;Ngành (VSIC)</translation>
    </message>
    <message>
        <source>&amp;Ownership</source>
        <translation>&amp;Loại hình sở hữu</translation>
    </message>
    <message>
        <source>E&amp;mployees</source>
        <translation>Số lao độn&amp;g</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>chưa rõ</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Cleaner production status (date reached)</source>
        <translation>Mức độ SXSH (ngày đạt được)</translation>
    </message>
    <message>
        <source>Informed about CP</source>
        <translation>Được phổ biến về SXSH</translation>
    </message>
    <message>
        <source>Aware of its benefits</source>
        <translation>Nhận thức được lợi ích</translation>
    </message>
    <message>
        <source>Applying CP</source>
        <translation>Áp dụng SXSH</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>* required. A date left empty means the step is not reached yet.</source>
        <translation>* bắt buộc. Ngày để trống nghĩa là doanh nghiệp chưa đạt mức đó.</translation>
    </message>
</context>
<context>
    <name>EnterprisePage</name>
    <message>
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>District (before 07/2025)</source>
        <translation>Huyện (trước 07/2025)</translation>
    </message>
    <message>
        <source>Sector (VSIC)</source>
        <translation>Ngành (VSIC)</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Loại hình sở hữu</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Số lao động</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>Cleaner production status</source>
        <translation>Mức độ SXSH</translation>
    </message>
    <message>
        <source>&amp;Edit enterprise…</source>
        <translation>&amp;Sửa doanh nghiệp…</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>informed</source>
        <translation>được phổ biến</translation>
    </message>
    <message>
        <source>aware</source>
        <translation>nhận thức được lợi ích</translation>
    </message>
    <message>
        <source>applying CP</source>
        <translation>áp dụng SXSH</translation>
    </message>
    <message>
        <source>not informed yet</source>
        <translation>chưa được phổ biến</translation>
    </message>
    <message>
        <source>The enterprise has no name.</source>
        <translation>Doanh nghiệp chưa có tên.</translation>
    </message>
    <message>
        <source>No tax code.</source>
        <translation>Chưa có mã số thuế.</translation>
    </message>
    <message>
        <source>No commune or ward in the address.</source>
        <translation>Địa chỉ chưa có xã/phường.</translation>
    </message>
    <message>
        <source>No sector (VSIC code).</source>
        <translation>Chưa có ngành (mã VSIC).</translation>
    </message>
    <message>
        <source>No contact person.</source>
        <translation>Chưa có người liên hệ.</translation>
    </message>
    <message>
        <source>Edit enterprise</source>
        <translation>Sửa thông tin doanh nghiệp</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Tạo lúc</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Đợt đánh giá</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Export package</source>
        <translation>Xuất gói</translation>
    </message>
    <message>
        <source>&lt;b&gt;The Centre&apos;s key is not installed.&lt;/b&gt; Install the key file the Industrial Promotion Centre gives you, and compare its fingerprint with theirs.</source>
        <translation>&lt;b&gt;Chưa cài khóa của Trung tâm.&lt;/b&gt; Hãy cài tệp khóa do Trung tâm Khuyến công cung cấp và so dấu vân tay của khóa với Trung tâm.</translation>
    </message>
    <message>
        <source>Packages are encrypted to &lt;b&gt;{name}&lt;/b&gt;. Fingerprint of its key:&lt;br&gt;{fingerprint}</source>
        <translation>Gói được mã hóa cho &lt;b&gt;{name}&lt;/b&gt;. Dấu vân tay của khóa:&lt;br&gt;{fingerprint}</translation>
    </message>
    <message>
        <source>This assessment has not been exported yet.</source>
        <translation>Đợt đánh giá này chưa được xuất gói lần nào.</translation>
    </message>
    <message>
        <source>Changed since the last export (no. {sequence}, {date}): export it again.</source>
        <translation>Đã thay đổi từ lần xuất gần nhất (gói số {sequence}, {date}): hãy xuất lại.</translation>
    </message>
    <message>
        <source>Sent in package no. {sequence} ({date}); nothing changed since.</source>
        <translation>Đã gửi trong gói số {sequence} ({date}); từ đó đến nay không có thay đổi.</translation>
    </message>
    <message>
        <source>The Centre&apos;s key is not installed</source>
        <translation>Chưa cài khóa của Trung tâm</translation>
    </message>
    <message>
        <source>Not exported yet</source>
        <translation>Chưa xuất gói</translation>
    </message>
    <message>
        <source>Changed since the last export</source>
        <translation>Đã thay đổi từ lần xuất gần nhất</translation>
    </message>
    <message>
        <source>Export the package</source>
        <translation>Xuất gói</translation>
    </message>
    <message>
        <source>Package exported</source>
        <translation>Đã xuất gói</translation>
    </message>
</context>
<context>
    <name>FacilityPicker</name>
    <message>
        <source>Choose a facility</source>
        <translation>Chọn cơ sở</translation>
    </message>
    <message>
        <source>Find a facility by name, tax code or commune</source>
        <translation>Tìm cơ sở theo tên, mã số thuế hoặc xã/phường</translation>
    </message>
</context>
<context>
    <name>FollowUpsWindow</name>
    <message>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Đợt đánh giá</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Đến hạn</translation>
    </message>
    <message>
        <source>Solutions</source>
        <translation>Số giải pháp</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Giải pháp</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Expected
M VND/yr</source>
        <translation>Dự kiến
triệu đồng/năm</translation>
    </message>
    <message>
        <source>Actual savings
VND/yr</source>
        <translation>Tiết kiệm thực tế
đồng/năm</translation>
    </message>
    <message>
        <source>Energy
TOE/yr</source>
        <translation>Năng lượng
TOE/năm</translation>
    </message>
    <message>
        <source>Electricity
kWh/yr</source>
        <translation>Điện
kWh/năm</translation>
    </message>
    <message>
        <source>Water
m³/yr</source>
        <translation>Nước
m³/năm</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Theo dõi sau đánh giá</translation>
    </message>
    <message>
        <source>Follow-up date:</source>
        <translation>Ngày theo dõi:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Người thực hiện:</translation>
    </message>
    <message>
        <source>Record the follow-up</source>
        <translation>Ghi nhận kết quả theo dõi</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups due (%n)</source>
        <translation>
            <numerusform>Đến hạn theo dõi (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No follow-up is due. Choose an assessment on the left.</source>
        <translation>Không có đợt theo dõi nào đến hạn. Chọn một đợt đánh giá ở bên trái.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{enterprise}&lt;/b&gt;: {title} — due {due}</source>
        <translation>&lt;b&gt;{enterprise}&lt;/b&gt;: {title} — đến hạn {due}</translation>
    </message>
    <message>
        <source>Correct the values marked in red first.</source>
        <translation>Hãy sửa các giá trị tô đỏ trước.</translation>
    </message>
</context>
<context>
    <name>FormBinder</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>nn/tt/nnnn</translation>
    </message>
</context>
<context>
    <name>FuelSwitchDialog</name>
    <message>
        <source>Replace a fuel</source>
        <translation>Thay nhiên liệu</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>Điện</translation>
    </message>
    <message>
        <source>The new fuel&apos;s quantity is proposed for the same energy as what it replaces; change it if the new equipment is more or less efficient. The report shows the fossil energy replaced, the renewable energy added and the fossil CO₂ avoided apart.</source>
        <translation>Lượng nhiên liệu mới được đề xuất cho cùng năng lượng với phần được thay; sửa lại nếu thiết bị mới hiệu suất cao hơn hoặc thấp hơn. Báo cáo trình bày riêng năng lượng hóa thạch được thay, năng lượng tái tạo dùng thêm và CO₂ hóa thạch giảm.</translation>
    </message>
    <message>
        <source>Replaces (baseline line)</source>
        <translation>Thay cho (dòng tiêu thụ năm cơ sở)</translation>
    </message>
    <message>
        <source>Quantity replaced a year</source>
        <translation>Lượng được thay mỗi năm</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Bằng</translation>
    </message>
    <message>
        <source>Quantity of the new fuel a year</source>
        <translation>Lượng nhiên liệu mới mỗi năm</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>tính bằng %1</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Yearly output</source>
        <translation>Sản lượng/năm</translation>
    </message>
    <message>
        <source>Main product</source>
        <translation>Sản phẩm chính</translation>
    </message>
    <message>
        <source>Specific consumption is per unit of the main product</source>
        <translation>Định mức tiêu hao tính trên một đơn vị sản phẩm chính</translation>
    </message>
    <message>
        <source>Delete product</source>
        <translation>Xóa sản phẩm</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Thêm sản phẩm</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Nhiên liệu</translation>
    </message>
    <message>
        <source>Which fuel it is: gives the CO₂ and TOE factors</source>
        <translation>Loại nhiên liệu: xác định hệ số CO₂ và TOE</translation>
    </message>
    <message>
        <source>Quantity/year</source>
        <translation>Lượng/năm</translation>
    </message>
    <message>
        <source>%1 cannot measure this line: check the unit.</source>
        <translation>Không thể đo dòng này bằng %1: hãy kiểm tra đơn vị.</translation>
    </message>
    <message>
        <source>Unit price (VND)</source>
        <translation>Đơn giá (đồng)</translation>
    </message>
    <message>
        <source>Cost/year (VND)</source>
        <translation>Chi phí/năm (đồng)</translation>
    </message>
    <message>
        <source>Per unit of product</source>
        <translation>Trên đơn vị sản phẩm</translation>
    </message>
    <message>
        <source>Specific consumption (định mức tiêu hao): yearly quantity ÷ yearly output</source>
        <translation>Định mức tiêu hao: lượng tiêu thụ năm ÷ sản lượng năm</translation>
    </message>
    <message>
        <source>Delete consumption line</source>
        <translation>Xóa dòng tiêu thụ</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Role in the CP team</source>
        <translation>Vai trò trong nhóm SXSH</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Delete team member</source>
        <translation>Xóa thành viên</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Thêm thành viên</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Phương pháp</translation>
    </message>
    <message>
        <source>Objectives, scope, method</source>
        <translation>Mục tiêu, phạm vi, phương pháp</translation>
    </message>
    <message>
        <source>General data and baseline</source>
        <translation>Thông tin chung, hiện trạng</translation>
    </message>
    <message>
        <source>Latest official</source>
        <translation>Năm chính thức mới nhất</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(tạm tính)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Choose main product</source>
        <translation>Chọn sản phẩm chính</translation>
    </message>
    <message>
        <source>Add consumption line</source>
        <translation>Thêm dòng tiêu thụ</translation>
    </message>
    <message>
        <source>Add team member</source>
        <translation>Thêm thành viên nhóm</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tên đánh giá</translation>
    </message>
    <message>
        <source>C&amp;onsultants</source>
        <translation>Tư &amp;vấn viên</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Họ tên, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>Ngày &amp;bắt đầu</translation>
    </message>
    <message>
        <source>&amp;End date</source>
        <translation>Ngày &amp;kết thúc</translation>
    </message>
    <message>
        <source>&amp;Baseline year</source>
        <translation>Nă&amp;m cơ sở</translation>
    </message>
    <message>
        <source>&amp;Grid factor</source>
        <translation>Hệ số lướ&amp;i điện</translation>
    </message>
    <message>
        <source>Grid emission factor used for the CO₂ of electricity</source>
        <translation>Hệ số phát thải lưới điện dùng để tính CO₂ của điện năng</translation>
    </message>
    <message>
        <source>&amp;Working days/year</source>
        <translation>Số n&amp;gày làm việc/năm</translation>
    </message>
    <message>
        <source>S&amp;hifts/day</source>
        <translation>Số &amp;ca/ngày</translation>
    </message>
    <message>
        <source>Staf&amp;f</source>
        <translation>Số &amp;lao động</translation>
    </message>
    <message>
        <source>&amp;Discount rate (%)</source>
        <translation>Lãi s&amp;uất chiết khấu (%)</translation>
    </message>
    <message>
        <source>Used for the NPV of solutions that have no rate of their own</source>
        <translation>Dùng để tính NPV cho các giải pháp không có lãi suất riêng</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>&amp;Sản phẩm</translation>
    </message>
    <message>
        <source>Yearly &amp;consumption</source>
        <translation>Tiêu t&amp;hụ hằng năm</translation>
    </message>
    <message>
        <source>CP &amp;team</source>
        <translation>&amp;Nhóm SXSH</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>no. {sequence}, made {made}; file {file}</source>
        <translation>số {sequence}, tạo lúc {made}; tệp {file}</translation>
    </message>
    <message>
        <source>This key is new here.</source>
        <translation>Khóa này chưa từng được đăng ký ở đây.</translation>
    </message>
    <message>
        <source>Call {name} and ask them to read the fingerprint shown in their Packages ▸ Keys window. It must be exactly the one above, group by group; if it differs, someone else made this package: cancel.</source>
        <translation>Hãy gọi điện cho {name} và đề nghị đọc dấu vân tay hiện trong cửa sổ Gói dữ liệu ▸ Khóa của họ. Dấu vân tay phải trùng khớp hoàn toàn với dãy số ở trên, từng nhóm một; nếu khác, gói này do người khác tạo: hãy hủy.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Importing makes these changes:&lt;/b&gt; {new} new · {updated} updated · {unchanged} unchanged · {deleted} deleted · &lt;b&gt;{conflicts} conflict(s)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nhập gói sẽ thay đổi:&lt;/b&gt; {new} mới · {updated} cập nhật · {unchanged} không đổi · {deleted} xóa · &lt;b&gt;{conflicts} xung đột&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Earlier packages of this consultant never arrived here: no. {numbers}. Ask for them; this one can be imported anyway.</source>
        <translation>Các gói trước đó của tư vấn viên này chưa từng được nhập ở đây: số {numbers}. Hãy đề nghị gửi lại; gói này vẫn có thể nhập.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Loại bản ghi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Nhập {file}</translation>
    </message>
    <message>
        <source>Import a package</source>
        <translation>Nhập gói</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Người gửi</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Tư vấn viên</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Dấu vân tay của khóa</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Gói</translation>
    </message>
    <message>
        <source>The consultant read me the same fingerprint: &amp;register this key and accept the package</source>
        <translation>Tư vấn viên đã đọc cho tôi đúng dấu vân tay này: đăng &amp;ký khóa và nhận gói</translation>
    </message>
</context>
<context>
    <name>IndicatorCard</name>
    <message>
        <source>{value} target {target} by {year}</source>
        <translation>{value} mục tiêu {target} vào năm {year}</translation>
    </message>
    <message>
        <source>Target for {year}: {target} ({source})</source>
        <translation>Mục tiêu năm {year}: {target} ({source})</translation>
    </message>
    <message>
        <source>no source given</source>
        <translation>chưa ghi nguồn</translation>
    </message>
    <message>
        <source>{value} no target for this period</source>
        <translation>{value} không có mục tiêu cho kỳ này</translation>
    </message>
    <message>
        <source>{numerator} of {denominator}</source>
        <translation>{numerator} trên {denominator}</translation>
    </message>
    <message>
        <source>status unknown: {count} ({share})</source>
        <translation>chưa rõ: {count} ({share})</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>tính đến {date}</translation>
    </message>
    <message>
        <source>Over the official count of {count} ({source}): {value}</source>
        <translation>Trên số liệu chính thức {count} ({source}): {value}</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Dấu vân tay</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ngày thêm</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>revoked {date}</source>
        <translation>đã thu hồi {date}</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>tin cậy</translation>
    </message>
    <message>
        <source>This computer has no key to sign packages with yet. Open this dialog again to make it.</source>
        <translation>Máy này chưa có khóa để ký gói. Hãy mở lại hộp thoại này để tạo khóa.</translation>
    </message>
    <message>
        <source>Packages made here are signed with the key of &lt;b&gt;{name}&lt;/b&gt;. Its fingerprint, to read to the Centre over the phone:&lt;br&gt;{fingerprint}</source>
        <translation>Gói tạo trên máy này được ký bằng khóa của &lt;b&gt;{name}&lt;/b&gt;. Dấu vân tay để đọc cho Trung tâm qua điện thoại:&lt;br&gt;{fingerprint}</translation>
    </message>
    <message>
        <source>This installation is the Centre: &lt;b&gt;{name}&lt;/b&gt;. Consultants install its public key and compare this fingerprint:&lt;br&gt;{fingerprint}</source>
        <translation>Máy này là Trung tâm: &lt;b&gt;{name}&lt;/b&gt;. Tư vấn viên cài khóa công khai của Trung tâm và so dấu vân tay này:&lt;br&gt;{fingerprint}</translation>
    </message>
    <message>
        <source>Packages are encrypted to the key of &lt;b&gt;{name}&lt;/b&gt;, installed {date}. Fingerprint:&lt;br&gt;{fingerprint}</source>
        <translation>Gói được mã hóa cho khóa của &lt;b&gt;{name}&lt;/b&gt;, cài lúc {date}. Dấu vân tay:&lt;br&gt;{fingerprint}</translation>
    </message>
    <message>
        <source>Save the public key</source>
        <translation>Lưu khóa công khai</translation>
    </message>
    <message>
        <source>Public key (*.json);;All files (*)</source>
        <translation>Khóa công khai (*.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>The public key was saved as
{path}

Fingerprint: {fingerprint}</source>
        <translation>Đã lưu khóa công khai vào
{path}

Dấu vân tay: {fingerprint}</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Khóa công khai</translation>
    </message>
    <message>
        <source>Centre public key</source>
        <translation>Khóa công khai Trung tâm</translation>
    </message>
    <message>
        <source>Install a public key</source>
        <translation>Cài khóa công khai</translation>
    </message>
    <message>
        <source>Install the key of the Centre “{name}”? Packages will be encrypted to it.

Fingerprint: {fingerprint}

Compare it with the fingerprint the Centre gives you (by phone or on paper), group by group. Install it only if they are the same.</source>
        <translation>Cài khóa của Trung tâm “{name}”? Gói sẽ được mã hóa cho khóa này.

Dấu vân tay: {fingerprint}

Hãy so từng nhóm số với dấu vân tay do Trung tâm cung cấp (qua điện thoại hoặc trên giấy). Chỉ cài khi hai dãy trùng khớp.</translation>
    </message>
    <message>
        <source>Register the key of the consultant “{name}”? Packages signed with it will be accepted.

Fingerprint: {fingerprint}

Ask the consultant to read you the fingerprint of their computer (Packages ▸ Keys). Register it only if they are the same.</source>
        <translation>Đăng ký khóa của tư vấn viên “{name}”? Gói ký bằng khóa này sẽ được chấp nhận.

Dấu vân tay: {fingerprint}

Hãy đề nghị tư vấn viên đọc dấu vân tay trên máy của họ (Gói dữ liệu ▸ Khóa). Chỉ đăng ký khi hai dãy trùng khớp.</translation>
    </message>
    <message>
        <source>Revoke the key of {name} (fingerprint {fingerprint})? Packages signed with it will be refused from now on; what was imported stays. A revoked key cannot be trusted again.</source>
        <translation>Thu hồi khóa của {name} (dấu vân tay {fingerprint})? Từ nay gói ký bằng khóa này sẽ bị từ chối; dữ liệu đã nhập vẫn được giữ. Khóa đã thu hồi không thể được tin cậy lại.</translation>
    </message>
    <message>
        <source>Revoke a key</source>
        <translation>Thu hồi khóa</translation>
    </message>
    <message>
        <source>Create the Centre&apos;s key pair</source>
        <translation>Tạo cặp khóa của Trung tâm</translation>
    </message>
    <message>
        <source>The Centre&apos;s name, as consultants will see it (e.g. {example}):</source>
        <translation>Tên Trung tâm mà tư vấn viên sẽ thấy (ví dụ {example}):</translation>
    </message>
    <message>
        <source>A passphrase for the Centre&apos;s key (at least {minimum} characters). Every import asks for it; keep it safe: without it no package can be opened.</source>
        <translation>Cụm mật khẩu cho khóa của Trung tâm (ít nhất {minimum} ký tự). Mỗi lần nhập gói đều cần đến nó; hãy giữ cẩn thận: mất cụm mật khẩu thì không mở được gói nào.</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>Nhập lại cụm mật khẩu:</translation>
    </message>
    <message>
        <source>This computer&apos;s signing key</source>
        <translation>Khóa ký của máy này</translation>
    </message>
    <message>
        <source>Passphrase of this computer&apos;s signing key:</source>
        <translation>Cụm mật khẩu của khóa ký trên máy này:</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the key that signs your packages. Choose a passphrase to protect it (at least {minimum} characters); every export asks for it.</source>
        <translation>Máy này không có kho khóa của hệ điều hành để cất khóa ký các gói của bạn. Hãy chọn một cụm mật khẩu để bảo vệ khóa (ít nhất {minimum} ký tự); mỗi lần xuất gói sẽ hỏi cụm mật khẩu này.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The Centre&apos;s key is not installed&lt;/b&gt;: packages cannot be exported yet. Install the key file the Industrial Promotion Centre gives you (Install a key from a file).</source>
        <translation>&lt;b&gt;Chưa cài khóa của Trung tâm&lt;/b&gt;: chưa thể xuất gói. Hãy cài tệp khóa do Trung tâm Khuyến công cung cấp (Cài khóa từ tệp).</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was created.</source>
        <translation>Hai cụm mật khẩu không khớp nhau; chưa tạo gì.</translation>
    </message>
    <message>
        <source>The Centre&apos;s key pair was created. Its fingerprint:
{fingerprint}

Export the public key and give it to the consultants with this fingerprint.</source>
        <translation>Đã tạo cặp khóa của Trung tâm. Dấu vân tay:
{fingerprint}

Hãy xuất khóa công khai và gửi cho tư vấn viên cùng dấu vân tay này.</translation>
    </message>
    <message>
        <source>Keys of encrypted packages</source>
        <translation>Khóa của gói mã hóa</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Máy này</translation>
    </message>
    <message>
        <source>Export this computer&apos;s public key…</source>
        <translation>Xuất khóa công khai của máy này…</translation>
    </message>
    <message>
        <source>The Centre</source>
        <translation>Trung tâm</translation>
    </message>
    <message>
        <source>Create the Centre&apos;s key pair…</source>
        <translation>Tạo cặp khóa của Trung tâm…</translation>
    </message>
    <message>
        <source>Export the Centre&apos;s public key…</source>
        <translation>Xuất khóa công khai của Trung tâm…</translation>
    </message>
    <message>
        <source>Installed and registered keys</source>
        <translation>Khóa đã cài và đã đăng ký</translation>
    </message>
    <message>
        <source>&amp;Install a key from a file…</source>
        <translation>&amp;Cài khóa từ tệp…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Thu hồi…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Draft</source>
        <translation>Đang làm</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Đã xuất gửi</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>mỗi ngày</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>mỗi tháng</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>mỗi năm</translation>
    </message>
    <message>
        <source>per batch</source>
        <translation>mỗi mẻ</translation>
    </message>
    <message>
        <source>“%1” is not a number: it contains letters.</source>
        <translation>“%1” không phải là số: có chứa chữ cái.</translation>
    </message>
    <message>
        <source>“%1” is not a number: it contains signs a number cannot have.</source>
        <translation>“%1” không phải là số: có ký tự không thể có trong một số.</translation>
    </message>
    <message>
        <source>“%1” is not a number: the separators are not in valid places.</source>
        <translation>“%1” không phải là số: dấu phân cách đặt sai chỗ.</translation>
    </message>
    <message>
        <source>“%1” is negative; only zero or more makes sense here.</source>
        <translation>“%1” là số âm; ở đây chỉ nhập được số từ 0 trở lên.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>“%1” không phải là số nguyên.</translation>
    </message>
    <message>
        <source>“%1” is too large.</source>
        <translation>“%1” quá lớn.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as day/month/year, e.g. 15/12/2025.</source>
        <translation>“%1” không phải là ngày; hãy nhập theo ngày/tháng/năm, ví dụ 15/12/2025.</translation>
    </message>
    <message>
        <source>“%1” is not a day of the calendar.</source>
        <translation>“%1” không có trên lịch.</translation>
    </message>
    <message>
        <source>The assessment has no start date.</source>
        <translation>Đánh giá chưa có ngày bắt đầu.</translation>
    </message>
    <message>
        <source>The baseline year is not set.</source>
        <translation>Chưa nhập năm cơ sở.</translation>
    </message>
    <message>
        <source>No member of the enterprise&apos;s CP team yet.</source>
        <translation>Chưa có thành viên nào trong nhóm SXSH của doanh nghiệp.</translation>
    </message>
    <message>
        <source>No product yet.</source>
        <translation>Chưa có sản phẩm.</translation>
    </message>
    <message>
        <source>Product “%product” has no yearly output.</source>
        <translation>Sản phẩm “%product” chưa có sản lượng năm.</translation>
    </message>
    <message>
        <source>No yearly consumption line yet (materials, energy, water).</source>
        <translation>Chưa có dòng tiêu thụ hằng năm nào (nguyên liệu, năng lượng, nước).</translation>
    </message>
    <message>
        <source>“%consumption” has no yearly quantity.</source>
        <translation>“%consumption” chưa có lượng tiêu thụ năm.</translation>
    </message>
    <message>
        <source>“%consumption” has no unit price.</source>
        <translation>“%consumption” chưa có đơn giá.</translation>
    </message>
    <message>
        <source>Fuel “%consumption”: choose which fuel it is (for CO₂ and TOE).</source>
        <translation>Nhiên liệu “%consumption”: hãy chọn loại nhiên liệu (để tính CO₂ và TOE).</translation>
    </message>
    <message>
        <source>No process step yet.</source>
        <translation>Chưa có công đoạn sản xuất nào.</translation>
    </message>
    <message>
        <source>Step “%step” has no input.</source>
        <translation>Công đoạn “%step” chưa có đầu vào.</translation>
    </message>
    <message>
        <source>Step “%step” has no output.</source>
        <translation>Công đoạn “%step” chưa có đầu ra.</translation>
    </message>
    <message>
        <source>Step “%step”: “%flow” has no quantity.</source>
        <translation>Công đoạn “%step”: “%flow” chưa có số lượng.</translation>
    </message>
    <message>
        <source>No step gives out the product (an output of kind Product).</source>
        <translation>Chưa công đoạn nào cho ra sản phẩm (đầu ra thuộc loại Sản phẩm).</translation>
    </message>
    <message>
        <source>No waste stream yet.</source>
        <translation>Chưa có dòng thải nào.</translation>
    </message>
    <message>
        <source>Waste stream “%waste” is not linked to a process step.</source>
        <translation>Dòng thải “%waste” chưa gắn với công đoạn nào.</translation>
    </message>
    <message>
        <source>Waste stream “%waste” has no quantity.</source>
        <translation>Dòng thải “%waste” chưa có số lượng.</translation>
    </message>
    <message>
        <source>Waste stream “%waste” has no cost (lost material or treatment).</source>
        <translation>Dòng thải “%waste” chưa có chi phí (nguyên liệu mất hoặc xử lý).</translation>
    </message>
    <message>
        <source>Waste stream “%waste” has no cause.</source>
        <translation>Dòng thải “%waste” chưa có nguyên nhân.</translation>
    </message>
    <message>
        <source>Cause “%cause” of “%waste” has no category.</source>
        <translation>Nguyên nhân “%cause” của “%waste” chưa được phân loại.</translation>
    </message>
    <message>
        <source>No waste stream is chosen as a focus.</source>
        <translation>Chưa chọn dòng thải trọng tâm nào.</translation>
    </message>
    <message>
        <source>No solution yet.</source>
        <translation>Chưa có giải pháp nào.</translation>
    </message>
    <message>
        <source>Solution “%solution” has no technique.</source>
        <translation>Giải pháp “%solution” chưa có nhóm giải pháp.</translation>
    </message>
    <message>
        <source>Solution “%solution” has no savings.</source>
        <translation>Giải pháp “%solution” chưa có lợi ích tiết kiệm.</translation>
    </message>
    <message>
        <source>Solution “%solution” is not decided yet.</source>
        <translation>Giải pháp “%solution” chưa được quyết định.</translation>
    </message>
    <message>
        <source>Solution “%solution” is to implement now but has no one responsible.</source>
        <translation>Giải pháp “%solution” được thực hiện ngay nhưng chưa có người phụ trách.</translation>
    </message>
    <message>
        <source>Focus waste stream “%waste” has no solution.</source>
        <translation>Dòng thải trọng tâm “%waste” chưa có giải pháp.</translation>
    </message>
    <message>
        <source>The conclusions are not written yet.</source>
        <translation>Chưa viết kết luận.</translation>
    </message>
    <message>
        <source>Step “%step”: inputs and outputs differ by %pct — check for unrecorded waste streams.</source>
        <translation>Công đoạn “%step”: đầu vào và đầu ra chênh lệch %pct — kiểm tra dòng thải chưa ghi nhận.</translation>
    </message>
    <message>
        <source>Step “%step”: outputs exceed inputs by %pct — check for unrecorded inputs.</source>
        <translation>Công đoạn “%step”: đầu ra nhiều hơn đầu vào %pct — kiểm tra đầu vào chưa ghi nhận.</translation>
    </message>
    <message>
        <source>A value is needed here.</source>
        <translation>Cần nhập giá trị ở đây.</translation>
    </message>
    <message>
        <source>“%1” must be a year from %2 to %3.</source>
        <translation>“%1” phải là năm từ %2 đến %3.</translation>
    </message>
    <message>
        <source>“%1” must be from %2 to %3.</source>
        <translation>“%1” phải từ %2 đến %3.</translation>
    </message>
    <message>
        <source>“%1” must be at least %2.</source>
        <translation>“%1” phải từ %2 trở lên.</translation>
    </message>
    <message>
        <source>“%1” is too large: at most %2 in magnitude.</source>
        <translation>“%1” quá lớn: giá trị tuyệt đối tối đa là %2.</translation>
    </message>
    <message>
        <source>“%1” is not a usable rate: give a percentage from 0 to below 100.</source>
        <translation>“%1” không phải là lãi suất dùng được: hãy nhập phần trăm từ 0 đến dưới 100.</translation>
    </message>
    <message>
        <source>The text is too long: at most %1 characters.</source>
        <translation>Nội dung quá dài: tối đa %1 ký tự.</translation>
    </message>
    <message>
        <source>“%1” cannot be taken: %2.</source>
        <translation>Không nhận được “%1”: %2.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Records to &amp;fix…</source>
        <translation>&amp;Dữ liệu cần sửa…</translation>
    </message>
    <message>
        <source>&amp;Import facility list…</source>
        <translation>&amp;Nhập danh sách cơ sở…</translation>
    </message>
    <message>
        <source>Add or update facilities from an Excel or CSV list, with a preview first</source>
        <translation>Thêm hoặc cập nhật cơ sở từ danh sách Excel hoặc CSV, có xem trước</translation>
    </message>
    <message>
        <source>Values saved earlier that break a field rule, and where to fix each</source>
        <translation>Các giá trị đã lưu trước đây không đúng quy tắc nhập liệu, và nơi sửa từng giá trị</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Cơ sở dữ liệu: {path}</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln enterprise(s) found</source>
        <translation>
            <numerusform>Tìm thấy %Ln doanh nghiệp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln enterprise(s)</source>
        <translation>
            <numerusform>%Ln doanh nghiệp</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an enterprise in the registry.</source>
        <translation>Hãy chọn một doanh nghiệp trong danh sách.</translation>
    </message>
    <message>
        <source>Tax code: {code}</source>
        <translation>Mã số thuế: {code}</translation>
    </message>
    <message>
        <source>Delete the enterprise “{name}” from the registry?</source>
        <translation>Xóa doanh nghiệp “{name}” khỏi danh bạ?</translation>
    </message>
    <message>
        <source>Delete enterprise</source>
        <translation>Xóa doanh nghiệp</translation>
    </message>
    <message>
        <source>{name} has {count} assessment(s). Delete them first (Tab to the assessments, Del), then the enterprise.</source>
        <translation>{name} có {count} đợt đánh giá. Hãy xóa các đợt đánh giá trước (Tab sang danh sách đánh giá, Del), rồi mới xóa doanh nghiệp.</translation>
    </message>
    <message>
        <source>Rapid CP assessment {year}</source>
        <translation>Đánh giá nhanh SXSH {year}</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (bản sao)</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Đợt đánh giá</translation>
    </message>
    <message>
        <source>Delete the assessment “{title}” of {enterprise}, with all its data and photos? This cannot be undone.</source>
        <translation>Xóa đợt đánh giá “{title}” của {enterprise} cùng toàn bộ số liệu và ảnh? Việc này không thể hoàn tác.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(chưa đặt tên)</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>Xóa đợt đánh giá</translation>
    </message>
    <message>
        <source>Open database file</source>
        <translation>Mở tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>SXSH database (*.sqlite3);;All files (*)</source>
        <translation>Cơ sở dữ liệu SXSH (*.sqlite3);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>{app} {version}

Cleaner Production (sản xuất sạch hơn) rapid assessments, offline.

Database: {path}
Python {python}, Qt for Python {qt}
Licence: GNU GPL 3.0 or later</source>
        <translation>{app} {version}

Đánh giá nhanh sản xuất sạch hơn (SXSH), làm việc không cần mạng.

Cơ sở dữ liệu: {path}
Python {python}, Qt for Python {qt}
Giấy phép: GNU GPL 3.0 trở lên</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Giới thiệu {app}</translation>
    </message>
    <message>
        <source>Welcome to SXSH Desktop</source>
        <translation>Chào mừng đến với SXSH Desktop</translation>
    </message>
    <message>
        <source>Your name, as the consultant of your assessments (e.g. KS. Nguyễn Văn An):</source>
        <translation>Họ tên của bạn, là tư vấn viên của các đợt đánh giá (ví dụ KS. Nguyễn Văn An):</translation>
    </message>
    <message>
        <source>The enterprise registry is empty. Load the demo data (sample enterprises of Hà Tĩnh with complete assessments) to try the application? You can delete it later.</source>
        <translation>Danh sách doanh nghiệp đang trống. Nạp dữ liệu mẫu (một số doanh nghiệp ở Hà Tĩnh với các đợt đánh giá đầy đủ) để dùng thử phần mềm? Bạn có thể xóa chúng sau.</translation>
    </message>
    <message>
        <source>SXSH Desktop</source>
        <translation>SXSH Desktop</translation>
    </message>
    <message>
        <source>Enterprise registry</source>
        <translation>Danh sách doanh nghiệp</translation>
    </message>
    <message>
        <source>Search by name, short name, tax code or commune (diacritics optional)</source>
        <translation>Tìm theo tên, tên viết tắt, mã số thuế hoặc xã/phường (gõ có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <source>New enterprise…</source>
        <translation>Thêm doanh nghiệp…</translation>
    </message>
    <message>
        <source>Edit enterprise…</source>
        <translation>Sửa doanh nghiệp…</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Các đợt đánh giá</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Tạo đợt đánh giá</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Nhân bản</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>Đá&amp;nh giá</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;New enterprise…</source>
        <translation>&amp;Thêm doanh nghiệp…</translation>
    </message>
    <message>
        <source>&amp;Edit enterprise…</source>
        <translation>&amp;Sửa doanh nghiệp…</translation>
    </message>
    <message>
        <source>Open &amp;database file…</source>
        <translation>&amp;Mở tệp cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation>&amp;Tạo đợt đánh giá mới</translation>
    </message>
    <message>
        <source>&amp;Open assessment</source>
        <translation>&amp;Mở đợt đánh giá</translation>
    </message>
    <message>
        <source>D&amp;uplicate assessment</source>
        <translation>&amp;Nhân bản đợt đánh giá</translation>
    </message>
    <message>
        <source>&amp;Delete assessment…</source>
        <translation>&amp;Xóa đợt đánh giá…</translation>
    </message>
    <message>
        <source>&amp;Find enterprise</source>
        <translation>&amp;Tìm doanh nghiệp</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>&amp;About SXSH Desktop</source>
        <translation>&amp;Giới thiệu SXSH Desktop</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <source>Facility</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Được tính</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Trên</translation>
    </message>
    <message>
        <source>Reached on</source>
        <translation>Đạt ngày</translation>
    </message>
</context>
<context>
    <name>MinistryOverviewDialog</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <source>Roll-up</source>
        <translation>Báo cáo tổng hợp</translation>
    </message>
    <message>
        <source>Roll-ups from the provinces</source>
        <translation>Báo cáo tổng hợp của các tỉnh</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Each cell: numerator / denominator · share, over the registry. The whole country adds numerators and denominators up; it never averages percentages.</source>
        <translation>Mỗi ô: tử số / mẫu số · tỷ lệ, tính trên sổ đăng ký. Cả nước cộng các tử số và các mẫu số; không bao giờ lấy trung bình các tỷ lệ phần trăm.</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Cả nước</translation>
    </message>
    <message>
        <source>Returned: {province} ({part}): {comment}</source>
        <translation>Trả lại: {province} ({part}): {comment}</translation>
    </message>
    <message numerus="yes">
        <source>%n roll-up(s) missing</source>
        <translation>
            <numerusform>Thiếu %n báo cáo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n returned</source>
        <translation>
            <numerusform>%n báo cáo bị trả lại</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfficeActions</name>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Văn phòng</translation>
    </message>
    <message>
        <source>&amp;Overview…</source>
        <translation>&amp;Tổng quan…</translation>
    </message>
    <message>
        <source>&amp;Activities…</source>
        <translation>&amp;Hoạt động…</translation>
    </message>
    <message>
        <source>&amp;Follow-ups…</source>
        <translation>Theo &amp;dõi sau đánh giá…</translation>
    </message>
    <message>
        <source>&amp;Review of imported assessments…</source>
        <translation>&amp;Xét duyệt đánh giá đã nhận…</translation>
    </message>
    <message>
        <source>&amp;CP status of a facility…</source>
        <translation>&amp;Mức độ SXSH của cơ sở…</translation>
    </message>
</context>
<context>
    <name>OfficeLabels</name>
    <message>
        <source>enterprise</source>
        <translation>doanh nghiệp</translation>
    </message>
    <message>
        <source>cooperative</source>
        <translation>hợp tác xã</translation>
    </message>
    <message>
        <source>household</source>
        <translation>hộ sản xuất</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>chi nhánh</translation>
    </message>
    <message>
        <source>micro</source>
        <translation>siêu nhỏ</translation>
    </message>
    <message>
        <source>small</source>
        <translation>nhỏ</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>vừa</translation>
    </message>
    <message>
        <source>large</source>
        <translation>lớn</translation>
    </message>
    <message>
        <source>awareness event</source>
        <translation>truyền thông, hội thảo</translation>
    </message>
    <message>
        <source>training</source>
        <translation>tập huấn</translation>
    </message>
    <message>
        <source>study tour</source>
        <translation>tham quan học tập</translation>
    </message>
    <message>
        <source>demonstration</source>
        <translation>trình diễn</translation>
    </message>
    <message>
        <source>done</source>
        <translation>đã thực hiện</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>đang thực hiện</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>đã bỏ</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>chưa báo cáo</translation>
    </message>
    <message>
        <source>received</source>
        <translation>đã nhận</translation>
    </message>
    <message>
        <source>has issues</source>
        <translation>cần sửa</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>đã duyệt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>không duyệt</translation>
    </message>
    <message>
        <source>informed</source>
        <translation>được phổ biến</translation>
    </message>
    <message>
        <source>aware</source>
        <translation>nhận thức</translation>
    </message>
    <message>
        <source>applying</source>
        <translation>áp dụng</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>hoạt động</translation>
    </message>
    <message>
        <source>attendances</source>
        <translation>lượt</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>người</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>đánh giá</translation>
    </message>
    <message>
        <source>facilities</source>
        <translation>cơ sở</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>lần</translation>
    </message>
    <message>
        <source>{unit}/yr</source>
        <translation>{unit}/năm</translation>
    </message>
</context>
<context>
    <name>OverviewWindow</name>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Total over the period</source>
        <translation>Tổng trong kỳ</translation>
    </message>
    <message>
        <source>Expected (ex-ante)</source>
        <translation>Dự kiến (trước thực hiện)</translation>
    </message>
    <message>
        <source>Achieved (follow-ups)</source>
        <translation>Đạt được (theo dõi)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Được tính</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Trên</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Chưa rõ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>Solutions to follow up</source>
        <translation>Số giải pháp cần theo dõi</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Đến hạn</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Đợt đánh giá</translation>
    </message>
    <message>
        <source>Commune as recorded</source>
        <translation>Xã/phường như đã ghi</translation>
    </message>
    <message>
        <source>Commune today</source>
        <translation>Xã/phường hiện nay</translation>
    </message>
    <message>
        <source>Sector (VSIC)</source>
        <translation>Ngành (VSIC)</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Quy mô</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(chưa ghi)</translation>
    </message>
    <message>
        <source>(former unit, not mapped yet)</source>
        <translation>(đơn vị cũ, chưa đối chiếu)</translation>
    </message>
    <message>
        <source>VSIC section {letter}</source>
        <translation>Ngành cấp 1 VSIC {letter}</translation>
    </message>
    <message>
        <source>Office overview</source>
        <translation>Tổng quan văn phòng</translation>
    </message>
    <message>
        <source>Plan year:</source>
        <translation>Năm kế hoạch:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Outputs and totals</source>
        <translation>Kết quả và tổng số</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Phân tổ</translation>
    </message>
    <message>
        <source>Work waiting</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Waiting for the office</source>
        <translation>Việc đang chờ văn phòng</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Chỉ tiêu:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Theo:</translation>
    </message>
    <message>
        <source>Outputs of the plan&apos;s tasks</source>
        <translation>Kết quả các nhiệm vụ của kế hoạch</translation>
    </message>
    <message>
        <source>Totals: expected and achieved are counted apart, never added</source>
        <translation>Tổng số: dự kiến và đạt được tính riêng, không bao giờ cộng lẫn</translation>
    </message>
    <message>
        <source>Double-click a line to open it.</source>
        <translation>Nhấp đúp vào một dòng để mở.</translation>
    </message>
    <message>
        <source>Green line: the value at the end of each plan year. Orange squares: the plan&apos;s targets. Click a count to list the facilities behind it. “Status unknown”: facilities without evidence either way; marked ⚠ when they are more than {share} of the registry.</source>
        <translation>Đường xanh: giá trị cuối mỗi năm kế hoạch. Ô vuông cam: mục tiêu của kế hoạch. Nhấp vào một con số để xem danh sách cơ sở được tính. “Chưa rõ”: cơ sở chưa có căn cứ nào; có dấu ⚠ khi chiếm hơn {share} danh bạ.</translation>
    </message>
    <message>
        <source>Counting the registry for {period}…</source>
        <translation>Đang tính trên danh bạ cho năm {period}…</translation>
    </message>
    <message>
        <source>Nothing to count for {period}: no activity, assessment, follow-up or CP status is recorded up to its end.</source>
        <translation>Không có gì để tính cho kỳ {period}: đến cuối kỳ chưa ghi nhận hoạt động, đánh giá, đợt theo dõi hay mức độ SXSH nào.</translation>
    </message>
    <message>
        <source>As of {date}: {count} indicator(s)</source>
        <translation>Tính đến {date}: {count} chỉ tiêu</translation>
    </message>
    <message numerus="yes">
        <source>Assessments to review: %n</source>
        <translation>
            <numerusform>Đánh giá chờ xét duyệt: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Package conflicts: %n</source>
        <translation>
            <numerusform>Xung đột gói dữ liệu: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups due: %n</source>
        <translation>
            <numerusform>Đến hạn theo dõi: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported assessments awaiting review (%n)</source>
        <translation>
            <numerusform>Đánh giá đã nhận chờ xét duyệt (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups due (%n)</source>
        <translation>
            <numerusform>Đến hạn theo dõi sau đánh giá (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing the facilities behind {code}…</source>
        <translation>Đang lập danh sách cơ sở tạo nên {code}…</translation>
    </message>
    <message>
        <source>{indicator}: facilities counted ({count})</source>
        <translation>{indicator}: các cơ sở được tính ({count})</translation>
    </message>
    <message>
        <source>{indicator}: facilities in the denominator ({count})</source>
        <translation>{indicator}: các cơ sở ở mẫu số ({count})</translation>
    </message>
    <message>
        <source>This number counts activities, persons or zones, not facilities of the registry: see the Activities screen for the records behind it.</source>
        <translation>Con số này đếm hoạt động, người hoặc khu/cụm, không phải cơ sở của danh bạ: xem màn hình Hoạt động để biết các bản ghi tạo nên nó.</translation>
    </message>
</context>
<context>
    <name>PackageActions</name>
    <message>
        <source>&amp;Packages</source>
        <translation>&amp;Gói dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Export packages…</source>
        <translation>&amp;Xuất gói…</translation>
    </message>
    <message>
        <source>&amp;Import package…</source>
        <translation>&amp;Nhập gói…</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>&amp;Khóa…</translation>
    </message>
    <message>
        <source>&amp;Roll-ups to the ministry…</source>
        <translation>&amp;Báo cáo tổng hợp gửi Bộ…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Conflicts (%n open)…</source>
        <translation>
            <numerusform>Xung &amp;đột (%n chưa xử lý)…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>Xung &amp;đột…</translation>
    </message>
    <message>
        <source>Export packages</source>
        <translation>Xuất gói</translation>
    </message>
    <message>
        <source>There is no assessment to export yet.</source>
        <translation>Chưa có đợt đánh giá nào để xuất.</translation>
    </message>
    <message>
        <source>Package exported</source>
        <translation>Đã xuất gói</translation>
    </message>
    <message>
        <source>Import a package</source>
        <translation>Nhập gói</translation>
    </message>
    <message>
        <source>Passphrase of the Centre&apos;s key:</source>
        <translation>Cụm mật khẩu của khóa Trung tâm:</translation>
    </message>
    <message>
        <source>The Centre&apos;s identity file (this installation holds no Centre key)</source>
        <translation>Tệp định danh của Trung tâm (máy này không giữ khóa Trung tâm)</translation>
    </message>
    <message>
        <source>age identity (*.age *.txt *.key);;All files (*)</source>
        <translation>Tệp định danh age (*.age *.txt *.key);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Passphrase of the identity file:</source>
        <translation>Cụm mật khẩu của tệp định danh:</translation>
    </message>
    <message>
        <source>The package of {name} was imported: {new} new, {updated} updated, {deleted} deleted record(s).</source>
        <translation>Đã nhập gói của {name}: {new} bản ghi mới, {updated} bản ghi cập nhật, {deleted} bản ghi bị xóa.</translation>
    </message>
    <message>
        <source>Package imported</source>
        <translation>Đã nhập gói</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were changed both here and by the consultant: the office version was kept for now. Review them and choose which version to keep.</source>
        <translation>
            <numerusform>%n bản ghi đã được sửa cả ở đây và bởi tư vấn viên: tạm thời giữ bản của văn phòng. Hãy xem xét và chọn bản cần giữ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review the conflicts</source>
        <translation>Xem các xung đột</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
</context>
<context>
    <name>PackageExportDialog</name>
    <message>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Đợt đánh giá</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(chưa đặt tên)</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Sửa lần cuối</translation>
    </message>
    <message>
        <source>Since the last export</source>
        <translation>Từ lần xuất gần nhất</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>có thay đổi</translation>
    </message>
    <message>
        <source>sent already</source>
        <translation>đã gửi</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất gói</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) chosen</source>
        <translation>
            <numerusform>Đã chọn %n đợt đánh giá</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the package</source>
        <translation>Lưu gói</translation>
    </message>
    <message>
        <source>Choose at least one assessment to export.</source>
        <translation>Hãy chọn ít nhất một đợt đánh giá để xuất.</translation>
    </message>
    <message>
        <source>Choose where to save the package.</source>
        <translation>Hãy chọn nơi lưu gói.</translation>
    </message>
    <message>
        <source>Export packages</source>
        <translation>Xuất gói</translation>
    </message>
    <message>
        <source>Choose the assessments to send to the Industrial Promotion Centre. Those changed since the last export are chosen already.</source>
        <translation>Chọn các đợt đánh giá gửi về Trung tâm Khuyến công. Những đợt có thay đổi từ lần xuất gần nhất đã được chọn sẵn.</translation>
    </message>
    <message>
        <source>Choose &amp;all</source>
        <translation>Chọn &amp;tất cả</translation>
    </message>
    <message>
        <source>Choose &amp;none</source>
        <translation>&amp;Bỏ chọn tất cả</translation>
    </message>
    <message>
        <source>Save &amp;to</source>
        <translation>&amp;Lưu vào</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
</context>
<context>
    <name>PackageExportPage</name>
    <message>
        <source>Send this assessment to the Industrial Promotion Centre as an encrypted package: only the Centre (and this computer) can open it, and the Centre can check that it comes from you, unchanged.</source>
        <translation>Gửi đợt đánh giá này về Trung tâm Khuyến công dưới dạng gói mã hóa: chỉ Trung tâm (và máy này) mở được gói, và Trung tâm kiểm tra được gói do bạn gửi, không bị sửa đổi.</translation>
    </message>
    <message>
        <source>The Centre&apos;s key</source>
        <translation>Khóa của Trung tâm</translation>
    </message>
    <message>
        <source>Manage keys…</source>
        <translation>Quản lý khóa…</translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translation>&amp;Xuất gói…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Packages that held this assessment&lt;/b&gt;</source>
        <translation>&lt;b&gt;Các gói đã chứa đợt đánh giá này&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Packages</name>
    <message>
        <source>SXSH package (*.sxsh);;All files (*)</source>
        <translation>Gói SXSH (*.sxsh);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Package no. {sequence} was written to
{path}

{assessments} assessment(s), {records} records, {photos} photos. Send the file to the Industrial Promotion Centre (by USB stick or e-mail): only the Centre can open it.</source>
        <translation>Đã ghi gói số {sequence} vào
{path}

{assessments} đợt đánh giá, {records} bản ghi, {photos} ảnh. Hãy gửi tệp về Trung tâm Khuyến công (qua USB hoặc thư điện tử): chỉ Trung tâm mở được tệp này.</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Đợt đánh giá</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Thành viên nhóm</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Tiêu thụ</translation>
    </message>
    <message>
        <source>Process step</source>
        <translation>Công đoạn</translation>
    </message>
    <message>
        <source>Step input or output</source>
        <translation>Đầu vào/đầu ra công đoạn</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>Dòng thải</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Giải pháp</translation>
    </message>
    <message>
        <source>Saving of a solution</source>
        <translation>Khoản tiết kiệm của giải pháp</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>not changed by the sender since the last import</source>
        <translation>người gửi không sửa từ lần nhập trước</translation>
    </message>
    <message>
        <source>older than the version already received from this sender</source>
        <translation>cũ hơn bản đã nhận từ người gửi này</translation>
    </message>
    <message>
        <source>a version already received from the computer that wrote it</source>
        <translation>bản đã nhận từ chính máy tạo ra nó</translation>
    </message>
    <message>
        <source>deleted at the office, changed by the sender</source>
        <translation>văn phòng đã xóa, người gửi đã sửa</translation>
    </message>
    <message>
        <source>same content at both ends</source>
        <translation>nội dung hai bên giống nhau</translation>
    </message>
    <message>
        <source>changed at the office and by the sender since the last import</source>
        <translation>văn phòng và người gửi cùng sửa từ lần nhập trước</translation>
    </message>
    <message>
        <source>changed at the office after it was received, and by the sender</source>
        <translation>văn phòng sửa sau khi nhận, người gửi cũng sửa</translation>
    </message>
    <message>
        <source>changed at both ends</source>
        <translation>cả hai bên cùng sửa</translation>
    </message>
    <message>
        <source>deleted by the sender</source>
        <translation>người gửi đã xóa</translation>
    </message>
    <message>
        <source>changed at the office, deleted by the sender</source>
        <translation>văn phòng đã sửa, người gửi đã xóa</translation>
    </message>
    <message>
        <source>made at the office; the sender sends another version</source>
        <translation>được tạo tại văn phòng; người gửi gửi một phiên bản khác</translation>
    </message>
    <message>
        <source>the office holds another sender&apos;s version, which this sender never received</source>
        <translation>văn phòng đang giữ phiên bản của người gửi khác, mà người gửi này chưa từng nhận</translation>
    </message>
    <message>
        <source>the assessment belongs to another consultant; the sender may not change it</source>
        <translation>bản đánh giá thuộc về tư vấn viên khác; người gửi không được sửa</translation>
    </message>
    <message>
        <source>deleted with the record it belongs to</source>
        <translation>bị xóa cùng bản ghi mà nó thuộc về</translation>
    </message>
    <message>
        <source>deleting it would delete records changed at the office</source>
        <translation>xóa nó sẽ xóa cả những bản ghi đã được sửa tại văn phòng</translation>
    </message>
    <message>
        <source>deleting it would delete assessments the sender may not change</source>
        <translation>xóa nó sẽ xóa cả những bản đánh giá mà người gửi không được sửa</translation>
    </message>
    <message>
        <source>the package still sends records that belong to it</source>
        <translation>gói vẫn gửi những bản ghi thuộc về nó</translation>
    </message>
    <message>
        <source>same tax code as an enterprise here: proposed for merging into it</source>
        <translation>cùng mã số thuế với một doanh nghiệp ở đây: đề xuất gộp vào doanh nghiệp đó</translation>
    </message>
    <message>
        <source>changed at both offices</source>
        <translation>đã sửa ở cả hai văn phòng</translation>
    </message>
    <message>
        <source>the record it belongs to ({kind}) was deleted at the office</source>
        <translation>bản ghi chứa nó ({kind}) đã bị văn phòng xóa</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Trung tâm</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Tư vấn viên</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>District (before 2025)</source>
        <translation>Huyện (trước 2025)</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Loại hình sở hữu</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Số lao động</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Điện thoại liên hệ</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Email liên hệ</translation>
    </message>
    <message>
        <source>Informed about CP on</source>
        <translation>Ngày được phổ biến SXSH</translation>
    </message>
    <message>
        <source>Aware of CP benefits on</source>
        <translation>Ngày nhận thức lợi ích SXSH</translation>
    </message>
    <message>
        <source>Applying CP since</source>
        <translation>Áp dụng SXSH từ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên đợt đánh giá</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>Tư vấn viên</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>Năm cơ sở</translation>
    </message>
    <message>
        <source>Working days per year</source>
        <translation>Số ngày làm việc/năm</translation>
    </message>
    <message>
        <source>Shifts per day</source>
        <translation>Số ca/ngày</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Số nhân viên</translation>
    </message>
    <message>
        <source>Grid emission factor year</source>
        <translation>Năm hệ số phát thải lưới điện</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>Tỷ lệ chiết khấu</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Thứ tự</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation>Vai trò trong nhóm</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Yearly output</source>
        <translation>Sản lượng/năm</translation>
    </message>
    <message>
        <source>Main product</source>
        <translation>Sản phẩm chính</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Nhiên liệu</translation>
    </message>
    <message>
        <source>Yearly quantity</source>
        <translation>Lượng/năm</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Input or output</source>
        <translation>Đầu vào hay đầu ra</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Characteristics</source>
        <translation>Đặc tính</translation>
    </message>
    <message>
        <source>Cost of lost material</source>
        <translation>Giá trị nguyên liệu thất thoát</translation>
    </message>
    <message>
        <source>Treatment and disposal cost</source>
        <translation>Chi phí xử lý, thải bỏ</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Trọng tâm</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Nhóm nguyên nhân</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Nhóm giải pháp</translation>
    </message>
    <message>
        <source>Cost class</source>
        <translation>Mức chi phí</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Vốn đầu tư</translation>
    </message>
    <message>
        <source>Other savings</source>
        <translation>Tiết kiệm khác</translation>
    </message>
    <message>
        <source>Added operating cost</source>
        <translation>Chi phí vận hành tăng thêm</translation>
    </message>
    <message>
        <source>Lifetime (years)</source>
        <translation>Tuổi thọ (năm)</translation>
    </message>
    <message>
        <source>Waste reduction</source>
        <translation>Giảm thải</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Ngày dự kiến</translation>
    </message>
    <message>
        <source>Implementation status</source>
        <translation>Tình trạng thực hiện</translation>
    </message>
    <message>
        <source>Actual savings</source>
        <translation>Tiết kiệm thực tế</translation>
    </message>
    <message>
        <source>Follow-up notes</source>
        <translation>Ghi chú theo dõi</translation>
    </message>
    <message>
        <source>Catalogue option</source>
        <translation>Giải pháp trong danh mục</translation>
    </message>
    <message>
        <source>Photo of</source>
        <translation>Ảnh của</translation>
    </message>
    <message>
        <source>Photo of (record)</source>
        <translation>Ảnh của (bản ghi)</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <source>Image type</source>
        <translation>Định dạng ảnh</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Chiều rộng</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Chiều cao</translation>
    </message>
    <message>
        <source>Image content</source>
        <translation>Nội dung ảnh</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>Add photos…</source>
        <translation>Thêm ảnh…</translation>
    </message>
    <message>
        <source>Add photos (Insert)</source>
        <translation>Thêm ảnh (Insert)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Xem</translation>
    </message>
    <message>
        <source>Caption of the selected photo</source>
        <translation>Chú thích của ảnh đang chọn</translation>
    </message>
    <message>
        <source>Drop JPEG or PNG files here.</source>
        <translation>Kéo thả tệp JPEG hoặc PNG vào đây.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Thêm ảnh</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Ảnh (*.jpg *.jpeg *.png);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>Thêm ảnh</translation>
    </message>
    <message>
        <source>%1: the file does not exist.</source>
        <translation>%1: tệp không tồn tại.</translation>
    </message>
    <message>
        <source>%1 is too large; photos up to %2 MB can be added.</source>
        <translation>%1 quá lớn; chỉ thêm được ảnh tới %2 MB.</translation>
    </message>
    <message>
        <source>%1 is not an image (JPEG or PNG).</source>
        <translation>%1 không phải là ảnh (JPEG hoặc PNG).</translation>
    </message>
    <message>
        <source>%1 cannot be read; the file may be damaged.</source>
        <translation>Không đọc được %1; tệp có thể bị hỏng.</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>Sửa chú thích</translation>
    </message>
    <message>
        <source>Delete this photo? Undo (Ctrl+Z) brings it back.</source>
        <translation>Xóa ảnh này? Hoàn tác (Ctrl+Z) sẽ khôi phục lại.</translation>
    </message>
    <message>
        <source>Delete photo</source>
        <translation>Xóa ảnh</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>SXSH Desktop</source>
        <translation>SXSH Desktop</translation>
    </message>
    <message>
        <source>{path} cannot be read: the file is gone, or you have no permission to open it.</source>
        <translation>Không đọc được {path}: tệp không còn, hoặc bạn không có quyền mở tệp.</translation>
    </message>
    <message>
        <source>The database {path} is already open in another SXSH Desktop window (process {pid} on {host}). Switch to that window, or close it and try again.</source>
        <translation>Cơ sở dữ liệu {path} đang được mở trong một cửa sổ SXSH Desktop khác (tiến trình {pid} trên máy {host}). Hãy chuyển sang cửa sổ đó, hoặc đóng nó rồi thử lại.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of SXSH Desktop. Update the application to open it; the file has not been changed.</source>
        <translation>Cơ sở dữ liệu {path} được ghi bởi một phiên bản SXSH Desktop mới hơn. Hãy cập nhật phần mềm để mở; tệp vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>The file {path} is not a readable SXSH database (it is damaged or another kind of file). It has not been changed; restore a backup or choose another file.</source>
        <translation>Tệp {path} không phải là cơ sở dữ liệu SXSH đọc được (tệp bị hỏng hoặc là loại tệp khác). Tệp vẫn được giữ nguyên; hãy khôi phục bản sao lưu hoặc chọn tệp khác.</translation>
    </message>
    <message>
        <source>The database {path} cannot be written: the file or its folder is read-only, or you have no permission to change it.</source>
        <translation>Không ghi được vào cơ sở dữ liệu {path}: tệp hoặc thư mục chứa nó chỉ cho phép đọc, hoặc bạn không có quyền thay đổi.</translation>
    </message>
    <message>
        <source>The database {path} is busy in another program. Close it there and try again.</source>
        <translation>Cơ sở dữ liệu {path} đang bận trong một chương trình khác. Hãy đóng nó ở đó rồi thử lại.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. The last change was not saved; free some space and make it again.</source>
        <translation>Ổ đĩa chứa {path} đã đầy. Thay đổi vừa rồi chưa được lưu; hãy giải phóng dung lượng rồi làm lại.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: the database cannot be opened for work. Nothing was lost; free some space and start again.</source>
        <translation>Ổ đĩa chứa {path} đã đầy: không thể mở cơ sở dữ liệu để làm việc. Không có gì bị mất; hãy giải phóng dung lượng rồi khởi động lại.</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it. Your edit was not saved and theirs was kept: reload it and make your edit again.</source>
        <translation>Người khác đã lưu bản ghi này sau khi bạn mở nó. Thay đổi của bạn chưa được lưu và thay đổi của họ được giữ nguyên: hãy tải lại rồi sửa lại.</translation>
    </message>
    <message>
        <source>You may not change this record: it belongs to another member of staff, and only they or a lead may change it.</source>
        <translation>Bạn không được sửa bản ghi này: nó thuộc về một cán bộ khác, chỉ người đó hoặc lãnh đạo mới được sửa.</translation>
    </message>
    <message>
        <source>The database server {path} cannot be reached. Check the address and that the server is running, then try again.</source>
        <translation>Không kết nối được tới máy chủ cơ sở dữ liệu {path}. Hãy kiểm tra địa chỉ và xem máy chủ có đang chạy không, rồi thử lại.</translation>
    </message>
    <message>
        <source>The database server {path} refused the login: check the user name and password.</source>
        <translation>Máy chủ cơ sở dữ liệu {path} từ chối đăng nhập: hãy kiểm tra tên đăng nhập và mật khẩu.</translation>
    </message>
    <message>
        <source>The database {path} must be created or updated to this version by an administrator before it can be used.</source>
        <translation>Cơ sở dữ liệu {path} cần được quản trị viên tạo hoặc cập nhật lên phiên bản này trước khi dùng.</translation>
    </message>
    <message>
        <source>The disk is full: {path} was not written. Free some space and try again.</source>
        <translation>Ổ đĩa đã đầy: chưa ghi được {path}. Hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>{path} cannot be written: the file is open in another program, or the folder is read-only or not yours. Close the file there or choose another folder, and try again.</source>
        <translation>Không ghi được {path}: tệp đang mở trong một chương trình khác, hoặc thư mục chỉ cho phép đọc hay bạn không có quyền ghi vào đó. Hãy đóng tệp trong chương trình kia hoặc chọn thư mục khác, rồi thử lại.</translation>
    </message>
    <message>
        <source>{path} cannot be written: its folder does not exist. Choose another folder.</source>
        <translation>Không ghi được {path}: thư mục chứa tệp không tồn tại. Hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>{path} is a folder. Give the file a name.</source>
        <translation>{path} là một thư mục. Hãy đặt tên cho tệp.</translation>
    </message>
    <message>
        <source>A font the report needs is missing or damaged, so the report was not written. Reinstall SXSH Desktop.</source>
        <translation>Thiếu hoặc hỏng một phông chữ mà báo cáo cần dùng, nên báo cáo chưa được ghi. Hãy cài đặt lại SXSH Desktop.</translation>
    </message>
    <message>
        <source>{path} is not a readable PDF: it is damaged or incomplete, so it cannot be shown or printed. Write the report again and retry.</source>
        <translation>{path} không phải là tệp PDF đọc được: tệp bị hỏng hoặc không đầy đủ nên không thể xem hay in. Hãy lập lại báo cáo rồi thử lại.</translation>
    </message>
    <message>
        <source>E-mail must be an e-mail address like name@example.vn (got {value})</source>
        <translation>E-mail phải là một địa chỉ thư điện tử dạng name@example.vn (đã nhập {value})</translation>
    </message>
    <message>
        <source>Phone must hold a phone number of 8 to 15 digits, with spaces, dots, dashes, brackets or a short note if wanted, e.g. 0239 3855 123 or +84 912 345 678 (got {value})</source>
        <translation>Điện thoại phải có một số điện thoại từ 8 đến 15 chữ số, có thể có dấu cách, dấu chấm, gạch ngang, ngoặc hoặc một ghi chú ngắn, ví dụ 0239 3855 123 hoặc +84 912 345 678 (đã nhập {value})</translation>
    </message>
    <message>
        <source>Sector must be a VSIC code of digits, e.g. 2392 (got {value})</source>
        <translation>Ngành phải là một mã VSIC gồm các chữ số, ví dụ 2392 (đã nhập {value})</translation>
    </message>
    <message>
        <source>{count} stored value(s) break a field rule and cannot be sent: {records}. Fix them (File ▸ Records to fix) and try again.</source>
        <translation>{count} giá trị đã lưu không đúng quy tắc nhập liệu nên chưa gửi được: {records}. Hãy sửa chúng (Tệp ▸ Dữ liệu cần sửa) rồi thử lại.</translation>
    </message>
    <message>
        <source>The passphrase of the Centre&apos;s key is wrong. Nothing was changed; try again (capital letters and Vietnamese accents count).</source>
        <translation>Cụm mật khẩu của khóa Trung tâm không đúng. Chưa có gì thay đổi; hãy thử lại (chữ hoa và dấu tiếng Việt đều phải đúng).</translation>
    </message>
    <message>
        <source>{path} is not addressed to this Centre&apos;s key: it was made for another Centre, or its beginning is damaged. Nothing was imported.</source>
        <translation>{path} không được mã hóa cho khóa của Trung tâm này: gói được tạo cho Trung tâm khác, hoặc phần đầu tệp bị hỏng. Chưa nhập gì.</translation>
    </message>
    <message>
        <source>{path} is damaged or is not an SXSH package, so it cannot be opened. Nothing was imported; ask the sender to export it again.</source>
        <translation>{path} bị hỏng hoặc không phải gói SXSH nên không mở được. Chưa nhập gì; hãy đề nghị người gửi xuất lại gói.</translation>
    </message>
    <message>
        <source>{path} is signed and intact, but some of its records are not valid. Nothing was imported; ask the sender to check the assessment and export it again.</source>
        <translation>{path} có chữ ký hợp lệ và còn nguyên vẹn, nhưng một số bản ghi trong gói không hợp lệ. Chưa nhập gì; hãy đề nghị người gửi kiểm tra đợt đánh giá và xuất lại gói.</translation>
    </message>
    <message>
        <source>The package was made by a newer version of SXSH Desktop. Update the application to import it. Nothing was imported.</source>
        <translation>Gói được tạo bằng phiên bản SXSH Desktop mới hơn. Hãy cập nhật ứng dụng để nhập gói. Chưa nhập gì.</translation>
    </message>
    <message>
        <source>The package is signed by a key that is not registered here: {name} (fingerprint {fingerprint}). Nothing was imported.</source>
        <translation>Gói được ký bằng một khóa chưa đăng ký ở đây: {name} (dấu vân tay {fingerprint}). Chưa nhập gì.</translation>
    </message>
    <message>
        <source>The package is signed by the key of {name} (fingerprint {fingerprint}), which has been revoked. Nothing was imported.</source>
        <translation>Gói được ký bằng khóa của {name} (dấu vân tay {fingerprint}), khóa này đã bị thu hồi. Chưa nhập gì.</translation>
    </message>
    <message>
        <source>The package&apos;s signature does not match its content: it was changed after it was signed. Nothing was imported.</source>
        <translation>Chữ ký của gói không khớp với nội dung: gói đã bị sửa sau khi ký. Chưa nhập gì.</translation>
    </message>
    <message>
        <source>This package was already imported on {date}; importing it again changes nothing.</source>
        <translation>Gói này đã được nhập lúc {date}; nhập lại cũng không thay đổi gì.</translation>
    </message>
    <message>
        <source>This conflict no longer exists. Nothing was changed.</source>
        <translation>Xung đột này không còn nữa. Chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>Choose at least one assessment to export.</source>
        <translation>Hãy chọn ít nhất một đợt đánh giá để xuất.</translation>
    </message>
    <message>
        <source>There is no assessment to export yet.</source>
        <translation>Chưa có đợt đánh giá nào để xuất.</translation>
    </message>
    <message>
        <source>Nothing has changed since the last export ({date}): there is nothing to send.</source>
        <translation>Không có thay đổi nào từ lần xuất gần nhất ({date}): không có gì để gửi.</translation>
    </message>
    <message>
        <source>Another export ran at the same time. Try again.</source>
        <translation>Có một lần xuất gói khác chạy cùng lúc. Hãy thử lại.</translation>
    </message>
    <message>
        <source>A photo of the assessment has lost its image, so the package was not written. Remove that photo or add it again, then export again.</source>
        <translation>Một ảnh của đợt đánh giá bị mất dữ liệu hình nên chưa ghi được gói. Hãy xóa ảnh đó hoặc thêm lại, rồi xuất lại gói.</translation>
    </message>
    <message>
        <source>{path} cannot be written: the disk is full, or the folder is read-only or missing. Nothing was written; choose another folder.</source>
        <translation>Không ghi được {path}: ổ đĩa đầy, hoặc thư mục chỉ cho đọc hay không tồn tại. Chưa ghi gì; hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>Choose which version to keep: the office&apos;s or the incoming one.</source>
        <translation>Hãy chọn bản cần giữ: bản của văn phòng hay bản mới gửi đến.</translation>
    </message>
    <message>
        <source>This conflict was already resolved on {date}.</source>
        <translation>Xung đột này đã được xử lý lúc {date}.</translation>
    </message>
    <message>
        <source>The package sends a record with the id {record_id}, which the office holds as another kind of record; an id belongs to one kind of record for life. Nothing was imported.</source>
        <translation>Gói gửi một bản ghi có mã {record_id}, nhưng văn phòng đang dùng mã này cho một loại bản ghi khác; mỗi mã chỉ thuộc về một loại bản ghi mãi mãi. Chưa nhập gì.</translation>
    </message>
    <message>
        <source>The package moves the record {record_id} under another parent or assessment; a record stays under its parent for life. Nothing was imported.</source>
        <translation>Gói chuyển bản ghi {record_id} sang một bản ghi cha hoặc một đợt đánh giá khác; mỗi bản ghi luôn thuộc về bản ghi cha ban đầu của nó. Chưa nhập gì.</translation>
    </message>
    <message>
        <source>{name}&apos;s key is not the key of a consultant in use; the assessment was not shared.</source>
        <translation>Khóa của {name} không phải là khóa của một tư vấn viên đang sử dụng; đợt đánh giá chưa được chia sẻ.</translation>
    </message>
    <message>
        <source>No assessment with id {assessment_id}. Nothing was changed.</source>
        <translation>Không có đợt đánh giá nào có mã {assessment_id}. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The incoming version belongs to a record the office deleted. Resolve that record&apos;s conflict first, keeping its incoming version.</source>
        <translation>Bản mới gửi đến thuộc một bản ghi mà văn phòng đã xóa. Hãy xử lý xung đột của bản ghi đó trước, giữ bản mới gửi đến của nó.</translation>
    </message>
    <message>
        <source>{kind} is not a kind of reference data. Nothing was written.</source>
        <translation>{kind} không phải là một loại dữ liệu tham chiếu. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>There are no {kind} in the reference data to send.</source>
        <translation>Dữ liệu tham chiếu không có {kind} để gửi.</translation>
    </message>
    <message>
        <source>No enterprise with id {id} is in the registry.</source>
        <translation>Danh sách doanh nghiệp không có doanh nghiệp mang mã {id}.</translation>
    </message>
    <message>
        <source>There is no enterprise in the registry to send.</source>
        <translation>Danh sách doanh nghiệp chưa có doanh nghiệp nào để gửi.</translation>
    </message>
    <message>
        <source>The enterprise {name} cannot be sent: {problem}. Correct it and try again.</source>
        <translation>Không gửi được doanh nghiệp {name}: {problem}. Hãy sửa rồi thử lại.</translation>
    </message>
    <message>
        <source>Nothing to send: choose some reference data or enterprises.</source>
        <translation>Không có gì để gửi: hãy chọn dữ liệu tham chiếu hoặc doanh nghiệp.</translation>
    </message>
    <message>
        <source>Only the Centre signs reference packages, with the Centre key of this installation.</source>
        <translation>Chỉ Trung tâm mới ký gói dữ liệu tham chiếu, bằng khóa Trung tâm của máy này.</translation>
    </message>
    <message>
        <source>No consultant key is registered to encrypt the enterprises to. Register the consultants&apos; keys first, or send the reference data without enterprises.</source>
        <translation>Chưa đăng ký khóa của tư vấn viên nào để mã hóa danh sách doanh nghiệp. Hãy đăng ký khóa của các tư vấn viên trước, hoặc gửi dữ liệu tham chiếu không kèm doanh nghiệp.</translation>
    </message>
    <message>
        <source>The Centre&apos;s public key is not installed here: install it first (Packages ▸ Keys, with the key file from the Industrial Promotion Centre). Nothing was installed.</source>
        <translation>Máy này chưa cài khóa công khai của Trung tâm: hãy cài trước (Gói dữ liệu ▸ Khóa, với tệp khóa do Trung tâm Khuyến công gửi). Chưa cài gì.</translation>
    </message>
    <message>
        <source>{path} is not a valid SXSH public key file (it is damaged or another kind of file). Nothing was installed.</source>
        <translation>{path} không phải tệp khóa công khai SXSH hợp lệ (tệp bị hỏng hoặc là loại tệp khác). Chưa cài gì.</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of SXSH Desktop. Update the application to install it.</source>
        <translation>{path} được tạo bằng phiên bản SXSH Desktop mới hơn. Hãy cập nhật ứng dụng để cài khóa.</translation>
    </message>
    <message>
        <source>{path} is not an age identity file holding the Centre&apos;s key.</source>
        <translation>{path} không phải tệp định danh age chứa khóa của Trung tâm.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {minimum} characters.</source>
        <translation>Cụm mật khẩu phải có ít nhất {minimum} ký tự.</translation>
    </message>
    <message>
        <source>Give the Centre&apos;s key a name.</source>
        <translation>Hãy đặt tên cho khóa của Trung tâm.</translation>
    </message>
    <message>
        <source>This installation already has a Centre key; it is never replaced.</source>
        <translation>Máy này đã có khóa Trung tâm; khóa này không bao giờ bị thay thế.</translation>
    </message>
    <message>
        <source>This installation has no Centre key. At the office, create it in Packages ▸ Keys; elsewhere, import with the Centre&apos;s identity file.</source>
        <translation>Máy này không có khóa Trung tâm. Tại văn phòng Trung tâm, hãy tạo khóa trong Gói dữ liệu ▸ Khóa; ở máy khác, hãy nhập gói bằng tệp định danh của Trung tâm.</translation>
    </message>
    <message>
        <source>The key of {name} (fingerprint {fingerprint}) was revoked on {date}; a revoked key is not trusted again.</source>
        <translation>Khóa của {name} (dấu vân tay {fingerprint}) đã bị thu hồi lúc {date}; khóa đã thu hồi không được tin cậy lại.</translation>
    </message>
    <message>
        <source>This key is not registered here.</source>
        <translation>Khóa này chưa được đăng ký ở đây.</translation>
    </message>
    <message>
        <source>Several registered keys match; give more of the key id.</source>
        <translation>Có nhiều khóa đã đăng ký khớp; hãy nhập thêm ký tự của mã khóa.</translation>
    </message>
    <message>
        <source>This computer&apos;s signing key is protected with a passphrase, and none was given. Nothing was signed.</source>
        <translation>Khóa ký của máy này được bảo vệ bằng cụm mật khẩu, nhưng chưa nhập cụm mật khẩu. Chưa ký gì.</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep its signing key in: a passphrase is needed to protect it. Nothing was made.</source>
        <translation>Máy này không có kho khóa của hệ điều hành để cất khóa ký: cần một cụm mật khẩu để bảo vệ khóa. Chưa tạo gì.</translation>
    </message>
    <message>
        <source>The passphrase of this computer&apos;s signing key is wrong. Nothing was signed; try again (capital letters and Vietnamese accents count).</source>
        <translation>Cụm mật khẩu của khóa ký trên máy này không đúng. Chưa ký gì; hãy thử lại (chữ hoa và dấu tiếng Việt đều phải đúng).</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain does not hold the key that signs packages from this database (it was copied from another computer or user, or the keychain was reset). Nothing was signed.</source>
        <translation>Kho khóa của máy này không có khóa ký gói của cơ sở dữ liệu này (cơ sở dữ liệu được sao chép từ máy hoặc người dùng khác, hoặc kho khóa đã bị đặt lại). Chưa ký gì.</translation>
    </message>
    <message>
        <source>This computer&apos;s signing key is damaged. Nothing was signed.</source>
        <translation>Khóa ký của máy này bị hỏng. Chưa ký gì.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was made.</source>
        <translation>Hai cụm mật khẩu không khớp nhau; chưa tạo gì.</translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet (.xlsx, .xls or .csv); nothing was imported.</source>
        <translation>{name} không phải là bảng tính (.xlsx, .xls hoặc .csv); chưa nhập gì.</translation>
    </message>
    <message>
        <source>{name} is protected by a password; open it in Excel, remove the password and save a copy. Nothing was imported.</source>
        <translation>{name} được bảo vệ bằng mật khẩu; hãy mở trong Excel, gỡ mật khẩu rồi lưu một bản sao. Chưa nhập gì.</translation>
    </message>
    <message>
        <source>{name} has more than 100,000 rows; split it into smaller files. Nothing was imported.</source>
        <translation>{name} có hơn 100.000 dòng; hãy chia thành các tệp nhỏ hơn. Chưa nhập gì.</translation>
    </message>
    <message>
        <source>{name} would unpack to far more than it holds, as a zip bomb does; it was not opened. Nothing was imported.</source>
        <translation>{name} khi giải nén sẽ lớn hơn rất nhiều so với bản thân tệp, như một “bom zip”; tệp không được mở. Chưa nhập gì.</translation>
    </message>
    <message>
        <source>A cell of {name} holds more characters than Excel allows; the file is damaged or not a facility list. Nothing was imported.</source>
        <translation>Một ô trong {name} chứa nhiều ký tự hơn mức Excel cho phép; tệp bị hỏng hoặc không phải danh sách cơ sở. Chưa nhập gì.</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read. Nothing was imported.</source>
        <translation>{name} bị hỏng, không đọc được. Chưa nhập gì.</translation>
    </message>
    <message>
        <source>{name} is larger than 64 MiB; a facility list is far smaller. Nothing was imported.</source>
        <translation>{name} lớn hơn 64 MiB; một danh sách cơ sở nhỏ hơn nhiều. Chưa nhập gì.</translation>
    </message>
    <message>
        <source>The Centre&apos;s public key is not installed. Install it in Packages ▸ Keys with the key file from the Industrial Promotion Centre.</source>
        <translation>Chưa cài khóa công khai của Trung tâm. Hãy cài trong Gói dữ liệu ▸ Khóa bằng tệp khóa do Trung tâm Khuyến công cung cấp.</translation>
    </message>
    <message>
        <source>The ministry&apos;s public key is not installed here: install it first with the key file from the ministry (&apos;sxsh rollup trust-ministry FILE&apos;).</source>
        <translation>Chưa cài khóa công khai của Bộ trên máy này: hãy cài trước bằng tệp khóa do Bộ gửi (&apos;sxsh rollup trust-ministry TỆP&apos;).</translation>
    </message>
    <message>
        <source>The province key that sent this roll-up is no longer registered here.</source>
        <translation>Khóa của tỉnh đã gửi báo cáo tổng hợp này không còn được đăng ký ở đây.</translation>
    </message>
    <message>
        <source>This key is already registered for another role or province; revoke it first.</source>
        <translation>Khóa này đã được đăng ký cho vai trò hoặc tỉnh khác; hãy thu hồi nó trước.</translation>
    </message>
    <message>
        <source>The comments are longer than 10,000 characters.</source>
        <translation>Ý kiến dài quá 10.000 ký tự.</translation>
    </message>
    <message>
        <source>A returned roll-up needs comments saying what to correct.</source>
        <translation>Báo cáo tổng hợp bị trả lại cần có ý kiến nêu rõ những gì phải sửa.</translation>
    </message>
    <message>
        <source>No office key with that id is registered here.</source>
        <translation>Không có khóa văn phòng nào với mã đó được đăng ký ở đây.</translation>
    </message>
    <message>
        <source>No roll-up received matches {id}.</source>
        <translation>Không có báo cáo tổng hợp đã nhận nào khớp với {id}.</translation>
    </message>
    <message>
        <source>A newer roll-up of this province and year was received since: decide on that one.</source>
        <translation>Đã nhận một báo cáo tổng hợp mới hơn của tỉnh và năm này: hãy quyết định trên báo cáo đó.</translation>
    </message>
    <message>
        <source>No province has the code {code}.</source>
        <translation>Không có tỉnh, thành phố nào mang mã {code}.</translation>
    </message>
    <message>
        <source>The package is signed by a key not registered here ({name}, fingerprint {fingerprint}). Nothing was imported.</source>
        <translation>Gói được ký bằng một khóa chưa đăng ký ở đây ({name}, dấu vân tay {fingerprint}). Không có gì được nhập.</translation>
    </message>
    <message>
        <source>The package is signed by the revoked key of {name} (fingerprint {fingerprint}). Nothing was imported.</source>
        <translation>Gói được ký bằng khóa đã bị thu hồi của {name} (dấu vân tay {fingerprint}). Không có gì được nhập.</translation>
    </message>
    <message>
        <source>The package is number {sequence} from its sender, but number {last} was already received: an older or replayed package is refused. Nothing was imported.</source>
        <translation>Gói này mang số {sequence} của bên gửi, nhưng gói số {last} đã được nhận: gói cũ hơn hoặc gửi lại bị từ chối. Không có gì được nhập.</translation>
    </message>
    <message>
        <source>The package is for {province}, but its sender&apos;s key is registered for {registered}: an office sends only its own province&apos;s. Nothing was imported.</source>
        <translation>Gói này là của {province}, nhưng khóa của bên gửi được đăng ký cho {registered}: mỗi văn phòng chỉ gửi số liệu của tỉnh mình. Không có gì được nhập.</translation>
    </message>
    <message>
        <source>The ministry&apos;s reply decides on a roll-up that was not sent from here. Nothing was imported.</source>
        <translation>Văn bản trả lời của Bộ quyết định về một báo cáo tổng hợp không được gửi từ đây. Không có gì được nhập.</translation>
    </message>
</context>
<context>
    <name>ProcessPage</name>
    <message>
        <source>No.</source>
        <translation>TT</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Công đoạn</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Imbalance</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <source>(inputs − outputs) ÷ inputs, by mass; beyond %1 it is flagged for checking</source>
        <translation>(đầu vào − đầu ra) ÷ đầu vào, theo khối lượng; vượt quá %1 thì được đánh dấu để kiểm tra</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Xóa công đoạn</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Thêm công đoạn</translation>
    </message>
    <message>
        <source>The flow chart is drawn from the process steps: add the first step.</source>
        <translation>Sơ đồ được vẽ từ các công đoạn sản xuất: hãy thêm công đoạn đầu tiên.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Quantity/year</source>
        <translation>Lượng/năm</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Unit cost (VND)</source>
        <translation>Đơn giá (đồng)</translation>
    </message>
    <message>
        <source>Delete input or output</source>
        <translation>Xóa đầu vào hoặc đầu ra</translation>
    </message>
    <message>
        <source>Add input</source>
        <translation>Thêm đầu vào</translation>
    </message>
    <message>
        <source>Add output</source>
        <translation>Thêm đầu ra</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Nhiên liệu</translation>
    </message>
    <message>
        <source>The fuel burnt (or mixed into a material): its energy from the same heating value as the baseline line</source>
        <translation>Nhiên liệu đốt (hoặc trộn vào nguyên liệu): năng lượng tính từ cùng nhiệt trị như dòng tiêu thụ năm cơ sở</translation>
    </message>
    <message>
        <source>In the material</source>
        <translation>Trong nguyên liệu</translation>
    </message>
    <message>
        <source>A fuel carried in by a material input of this step (coal mixed into the brick body): counted as energy, and its mass taken off the inputs, not as a loss</source>
        <translation>Nhiên liệu nằm trong một đầu vào nguyên liệu của công đoạn (than cám pha vào mộc gạch): tính là năng lượng, khối lượng được trừ khỏi đầu vào, không tính là thất thoát</translation>
    </message>
    <message>
        <source>t/m³</source>
        <translation>t/m³</translation>
    </message>
    <message>
        <source>Density, to weigh a volume (a fuel&apos;s own density is used when empty)</source>
        <translation>Khối lượng riêng, để quy thể tích ra khối lượng (để trống thì dùng khối lượng riêng của nhiên liệu)</translation>
    </message>
    <message>
        <source>kg/piece</source>
        <translation>kg/đơn vị</translation>
    </message>
    <message>
        <source>Mass of one piece, to weigh a count (bricks, bottles)</source>
        <translation>Khối lượng một đơn vị, để quy số đếm ra khối lượng (viên gạch, chai)</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Quy trình sản xuất</translation>
    </message>
    <message>
        <source>Select a step on the left to record its inputs and outputs.</source>
        <translation>Chọn một công đoạn bên trái để ghi đầu vào và đầu ra của nó.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Công đoạn %1: %2</translation>
    </message>
    <message>
        <source>The balance cannot be closed: some lines are not in units of mass.</source>
        <translation>Chưa lập được cân bằng: có dòng không tính theo đơn vị khối lượng.</translation>
    </message>
    <message>
        <source>No input measured by mass to compare the outputs with.</source>
        <translation>Chưa có đầu vào tính theo khối lượng để so sánh với đầu ra.</translation>
    </message>
    <message>
        <source>Imbalance %1: within the %2 that measurements allow.</source>
        <translation>Chênh lệch %1: trong phạm vi %2 cho phép của số đo.</translation>
    </message>
    <message>
        <source>Imbalance %1 — check for waste streams not recorded yet</source>
        <translation>Chênh lệch %1 — kiểm tra dòng thải chưa ghi nhận</translation>
    </message>
    <message>
        <source>Imbalance %1 — more goes out than in: check for inputs not recorded yet</source>
        <translation>Chênh lệch %1 — đầu ra nhiều hơn đầu vào: kiểm tra đầu vào chưa ghi nhận</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mass balance&lt;/b&gt; (t/year): inputs %1 · outputs %2</source>
        <translation>&lt;b&gt;Cân bằng vật chất&lt;/b&gt; (tấn/năm): vào %1 · ra %2</translation>
    </message>
    <message>
        <source>Not counted: %1</source>
        <translation>Không tính: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Energy&lt;/b&gt;: inputs %1 kWh/year</source>
        <translation>&lt;b&gt;Năng lượng&lt;/b&gt;: đầu vào %1 kWh/năm</translation>
    </message>
    <message>
        <source> · heat lost %1 kWh/year (%2 of the energy input)</source>
        <translation> · nhiệt thất thoát %1 kWh/năm (%2 năng lượng đầu vào)</translation>
    </message>
    <message>
        <source> · heat lost %1 kWh/year</source>
        <translation> · nhiệt thất thoát %1 kWh/năm</translation>
    </message>
    <message>
        <source>no quantity</source>
        <translation>chưa có lượng</translation>
    </message>
    <message>
        <source>not a unit of mass: give its density or mass per piece</source>
        <translation>không phải đơn vị khối lượng: nhập khối lượng riêng hoặc khối lượng một đơn vị</translation>
    </message>
    <message>
        <source>by mass or volume: choose its fuel</source>
        <translation>tính theo khối lượng hoặc thể tích: chọn loại nhiên liệu</translation>
    </message>
    <message>
        <source>its fuel has no heating value or density</source>
        <translation>nhiên liệu chưa có nhiệt trị hoặc khối lượng riêng</translation>
    </message>
    <message>
        <source>unit not in the list of units</source>
        <translation>đơn vị không có trong danh mục</translation>
    </message>
    <message>
        <source>neither mass nor energy</source>
        <translation>không phải khối lượng hay năng lượng</translation>
    </message>
    <message>
        <source>%1 cannot measure this line: check the unit.</source>
        <translation>Không thể đo dòng này bằng %1: hãy kiểm tra đơn vị.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Bản vẽ SVG (*.svg)</translation>
    </message>
    <message>
        <source>Flow chart</source>
        <translation>Sơ đồ quy trình</translation>
    </message>
    <message>
        <source>There is no process step to draw yet.</source>
        <translation>Chưa có công đoạn nào để vẽ.</translation>
    </message>
    <message>
        <source>flow chart</source>
        <translation>sơ đồ quy trình</translation>
    </message>
    <message>
        <source>Save the flow chart</source>
        <translation>Lưu sơ đồ quy trình</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Không ghi được tệp: %1</translation>
    </message>
    <message>
        <source>The flow chart was saved as
%1</source>
        <translation>Đã lưu sơ đồ quy trình thành
%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Process steps&lt;/b&gt; (in production order)</source>
        <translation>&lt;b&gt;Các công đoạn&lt;/b&gt; (theo thứ tự sản xuất)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photos of the step&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ảnh của công đoạn&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Inputs and outputs</source>
        <translation>Đầu &amp;vào và đầu ra</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inputs&lt;/b&gt; — materials, energy, water, chemicals</source>
        <translation>&lt;b&gt;Đầu vào&lt;/b&gt; — nguyên vật liệu, năng lượng, nước, hóa chất</translation>
    </message>
    <message>
        <source>&lt;b&gt;Outputs&lt;/b&gt; — product, by-product, waste, emissions, losses</source>
        <translation>&lt;b&gt;Đầu ra&lt;/b&gt; — sản phẩm, sản phẩm phụ, chất thải, khí thải, tổn thất</translation>
    </message>
    <message>
        <source>&amp;Flow chart</source>
        <translation>&amp;Sơ đồ quy trình</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Lưu thành &amp;PNG…</translation>
    </message>
    <message>
        <source>Save as S&amp;VG…</source>
        <translation>Lưu thành SV&amp;G…</translation>
    </message>
    <message>
        <source>Inputs on the left; products, waste and losses on the right.</source>
        <translation>Đầu vào ở bên trái; sản phẩm, chất thải và tổn thất ở bên phải.</translation>
    </message>
</context>
<context>
    <name>ProvinceSubmissionsDialog</name>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Comments of the ministry</source>
        <translation>Ý kiến của Bộ</translation>
    </message>
    <message>
        <source>Roll-ups sent to the ministry</source>
        <translation>Báo cáo tổng hợp đã gửi Bộ</translation>
    </message>
    <message>
        <source>(province not set)</source>
        <translation>(chưa chọn tỉnh)</translation>
    </message>
    <message>
        <source>Roll-ups of {province} sent to the Ministry of Industry and Trade and the ministry&apos;s decision on each. A returned roll-up is corrected and sent again.</source>
        <translation>Báo cáo tổng hợp của {province} đã gửi Bộ Công Thương và quyết định của Bộ đối với từng báo cáo. Báo cáo bị trả lại được chỉnh sửa và gửi lại.</translation>
    </message>
    <message>
        <source>sent, no decision yet</source>
        <translation>đã gửi, chưa có quyết định</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Add a row (Insert or Ctrl+Enter)</source>
        <translation>Thêm một dòng (Insert hoặc Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete the selected row (Delete)</source>
        <translation>Xóa dòng đang chọn (Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Lên trên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Xuống dưới</translation>
    </message>
    <message>
        <source>Delete “%1”? Undo (Ctrl+Z) brings it back.</source>
        <translation>Xóa “%1”? Hoàn tác (Ctrl+Z) sẽ khôi phục lại.</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Computed once the value in red is corrected</source>
        <translation>Sẽ tính khi giá trị màu đỏ được sửa</translation>
    </message>
</context>
<context>
    <name>RecordsToFixDialog</name>
    <message>
        <source>Records to fix</source>
        <translation>Dữ liệu cần sửa</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>{enterprise}, assessment “{assessment}”</source>
        <translation>{enterprise}, đánh giá “{assessment}”</translation>
    </message>
    <message numerus="yes">
        <source>%n stored value(s) break a field rule, most likely saved by an earlier version. They cannot be sent to the Centre until they are fixed: choose one and click Fix.</source>
        <translation>
            <numerusform>%n giá trị đã lưu không đúng quy tắc nhập liệu, có lẽ do một phiên bản trước lưu. Chưa thể gửi chúng cho Trung tâm khi chưa sửa: hãy chọn một giá trị rồi bấm Sửa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every stored value keeps the field rules: nothing to fix.</source>
        <translation>Mọi giá trị đã lưu đều đúng quy tắc nhập liệu: không có gì cần sửa.</translation>
    </message>
</context>
<context>
    <name>RegistryImportDialog</name>
    <message>
        <source>Import facility list</source>
        <translation>Nhập danh sách cơ sở</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Chưa chọn tệp.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Remember mapping as:</source>
        <translation>Ghi nhớ cách ghép cột với tên:</translation>
    </message>
    <message>
        <source>e.g. Tax department list</source>
        <translation>ví dụ: Danh sách của Cục Thuế</translation>
    </message>
    <message>
        <source>Text without a font:</source>
        <translation>Chữ không có phông:</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Chưa quyết định</translation>
    </message>
    <message>
        <source>Convert as shown</source>
        <translation>Chuyển như đã xem trước</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>Giữ nguyên</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Legacy fonts</source>
        <translation>Phông chữ cũ</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Communes to decide</source>
        <translation>Xã/phường cần quyết định</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Title in the file</source>
        <translation>Tiêu đề trong tệp</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>If registered</source>
        <translation>Nếu đã có trong danh bạ</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Ô</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Bảng mã</translation>
    </message>
    <message>
        <source>Told by</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Commune as recorded</source>
        <translation>Xã/phường như đã ghi</translation>
    </message>
    <message>
        <source>Went to (choose later)</source>
        <translation>Đã nhập vào (chọn sau)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Xem trước</translation>
    </message>
    <message>
        <source>Save rejected rows…</source>
        <translation>Lưu các dòng bị loại…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>&amp;Hoàn tác lần nhập này</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <source>Street, village</source>
        <translation>Số nhà, thôn, xóm</translation>
    </message>
    <message>
        <source>Commune / ward</source>
        <translation>Xã / phường</translation>
    </message>
    <message>
        <source>District (before 2025)</source>
        <translation>Huyện (trước 2025)</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>Sector (VSIC)</source>
        <translation>Ngành (VSIC)</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Số lao động</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>Ngày thành lập</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Row number (ignored)</source>
        <translation>Số thứ tự (bỏ qua)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>cập nhật</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>không đổi</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>bị loại</translation>
    </message>
    <message>
        <source>Choose a facility list</source>
        <translation>Chọn danh sách cơ sở</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>Bảng tính (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation>Đã nhập: %1 mới, %2 cập nhật, %3 không đổi, %4 bị loại.</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Hoàn tác lần nhập này</translation>
    </message>
    <message>
        <source>Remove the facilities this import added and put back the values it changed?</source>
        <translation>Xóa các cơ sở mà lần nhập này đã thêm và khôi phục các giá trị nó đã thay đổi?</translation>
    </message>
    <message>
        <source>Undone: %1 removed, %2 put back.</source>
        <translation>Đã hoàn tác: xóa %1, khôi phục %2.</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Lưu các dòng bị loại</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sổ tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation>%1 mới, %2 cập nhật, %3 không đổi, %4 bị loại.</translation>
    </message>
    <message>
        <source>Sheet %1 not imported: %2</source>
        <translation>Không nhập trang tính %1: %2</translation>
    </message>
    <message>
        <source>hidden rows %1</source>
        <translation>dòng ẩn %1</translation>
    </message>
    <message>
        <source>hidden columns %1</source>
        <translation>cột ẩn %1</translation>
    </message>
    <message>
        <source>%1 subtotal rows skipped</source>
        <translation>bỏ qua %1 dòng cộng</translation>
    </message>
    <message>
        <source>%1 section rows</source>
        <translation>%1 dòng tiêu đề mục</translation>
    </message>
    <message>
        <source>%1 cells look like TCVN3 or VNI text but no font says so: see Legacy fonts, then choose what to do with text without a font.</source>
        <translation>%1 ô trông như chữ TCVN3 hoặc VNI nhưng không có phông chữ xác nhận: hãy xem thẻ Phông chữ cũ, rồi chọn cách xử lý chữ không có phông.</translation>
    </message>
    <message>
        <source>guess</source>
        <translation>đoán</translation>
    </message>
    <message>
        <source>font</source>
        <translation>phông chữ</translation>
    </message>
    <message>
        <source>%1 (not converted yet)</source>
        <translation>%1 (chưa chuyển)</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Loại hình sở hữu</translation>
    </message>
    <message>
        <source>Fill if empty</source>
        <translation>Điền nếu trống</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Ghi đè</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>Commune / ward</source>
        <translation>Xã / phường</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Sở hữu</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <source>Save report as &amp;PDF…</source>
        <translation>Lưu báo cáo dạng &amp;PDF…</translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation>Xuất ra &amp;Excel…</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Lưu PDF</translation>
    </message>
    <message>
        <source>Export Excel</source>
        <translation>Xuất Excel</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Shows the report&apos;s pages as they will be printed, and prints them.</source>
        <translation>Xem trước các trang báo cáo đúng như khi in ra, rồi in.</translation>
    </message>
    <message>
        <source>Open in the PDF &amp;viewer…</source>
        <translation>Mở bằng trình &amp;xem PDF…</translation>
    </message>
    <message>
        <source>Opens the report in your PDF viewer, where you see the pages and print them.</source>
        <translation>Mở báo cáo bằng trình xem PDF của máy, nơi bạn xem trước các trang và in.</translation>
    </message>
    <message>
        <source>Report &amp;language</source>
        <translation>&amp;Ngôn ngữ báo cáo</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Lưu báo cáo dạng PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the assessment to Excel</source>
        <translation>Xuất đợt đánh giá ra Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sổ tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Đang ghi báo cáo…</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Đang ghi sổ tính…</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Đã lưu báo cáo</translation>
    </message>
    <message>
        <source>The report was saved as
{path}</source>
        <translation>Báo cáo đã được lưu thành
{path}</translation>
    </message>
    <message>
        <source>Workbook saved</source>
        <translation>Đã lưu sổ tính</translation>
    </message>
    <message>
        <source>The workbook was saved as
{path}</source>
        <translation>Sổ tính đã được lưu thành
{path}</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>No program on this computer opens {path}.</source>
        <translation>Máy này không có chương trình nào mở được {path}.</translation>
    </message>
    <message>
        <source>The report is open in your PDF viewer: print it from there.</source>
        <translation>Báo cáo đã mở trong trình xem PDF: hãy in từ đó.</translation>
    </message>
    <message>
        <source>No PDF viewer is installed, so the report cannot be printed from here. It was written to {path}; install a PDF viewer, or copy the file to a computer that has one.</source>
        <translation>Máy chưa cài trình xem PDF nên không in báo cáo từ đây được. Báo cáo đã được ghi vào {path}; hãy cài một trình xem PDF, hoặc chép tệp sang máy có trình xem PDF.</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <source>Print preview: {name}</source>
        <translation>Xem trước bản in: {name}</translation>
    </message>
    <message>
        <source>Open in the PDF viewer</source>
        <translation>Mở bằng trình xem PDF</translation>
    </message>
    <message>
        <source>Close the preview and open the report in your PDF viewer, to print it from there.</source>
        <translation>Đóng cửa sổ xem trước và mở báo cáo bằng trình xem PDF của máy để in từ đó.</translation>
    </message>
    <message numerus="yes">
        <source>The chosen pages are not in the report, which has %n page(s).</source>
        <translation>
            <numerusform>Các trang đã chọn không có trong báo cáo; báo cáo có %n trang.</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer did not accept the report. Check that it is switched on and connected, and try again; or open the report in your PDF viewer.</source>
        <translation>Máy in không nhận báo cáo. Hãy kiểm tra máy in đã bật và đã kết nối rồi thử lại, hoặc mở báo cáo bằng trình xem PDF.</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Đợt đánh giá</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Ngày đánh giá</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người xét</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Nhận xét</translation>
    </message>
    <message>
        <source>Review of imported assessments</source>
        <translation>Xét duyệt đánh giá đã nhận</translation>
    </message>
    <message numerus="yes">
        <source>Imported assessments awaiting a decision (%n)</source>
        <translation>
            <numerusform>Đánh giá đã nhận đang chờ quyết định (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>States and comments</source>
        <translation>Trạng thái và nhận xét</translation>
    </message>
    <message>
        <source>Comment (what is wrong: needed to mark “has issues” or to reject):</source>
        <translation>Nhận xét (chỗ chưa đúng: bắt buộc khi chọn “cần sửa” hoặc không duyệt):</translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation>Cần sửa</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Không duyệt</translation>
    </message>
    <message>
        <source>Back to received</source>
        <translation>Trở về “đã nhận”</translation>
    </message>
    <message>
        <source>No assessment to review here.</source>
        <translation>Không có đánh giá nào cần xét duyệt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{enterprise}&lt;/b&gt;: {title}&lt;br&gt;State: {state}.</source>
        <translation>&lt;b&gt;{enterprise}&lt;/b&gt;: {title}&lt;br&gt;Trạng thái: {state}.</translation>
    </message>
</context>
<context>
    <name>RollupViews</name>
    <message>
        <source>received</source>
        <translation>đã nhận</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>đã chấp nhận</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>đã trả lại</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>chưa nhận được</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Latest official year</source>
        <translation>Năm công bố chính thức mới nhất</translation>
    </message>
    <message>
        <source>{year}: {value} tCO₂/MWh</source>
        <translation>{year}: {value} tCO₂/MWh</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(tạm tính)</translation>
    </message>
    <message>
        <source>Default database in the data folder</source>
        <translation>Cơ sở dữ liệu mặc định trong thư mục dữ liệu</translation>
    </message>
    <message>
        <source>A database file, or an office&apos;s shared PostgreSQL database: postgresql://login@server/database</source>
        <translation>Một tệp cơ sở dữ liệu, hoặc cơ sở dữ liệu PostgreSQL dùng chung của văn phòng: postgresql://tên_đăng_nhập@máy_chủ/cơ_sở_dữ_liệu</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>SXSH database (*.sqlite3);;All files (*)</source>
        <translation>Cơ sở dữ liệu SXSH (*.sqlite3);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Consultant name</source>
        <translation>&amp;Tên tư vấn viên</translation>
    </message>
    <message>
        <source>Put on new assessments</source>
        <translation>Ghi vào các đợt đánh giá mới</translation>
    </message>
    <message>
        <source>&amp;Grid emission factor</source>
        <translation>&amp;Hệ số phát thải lưới điện</translation>
    </message>
    <message>
        <source>&amp;Discount rate</source>
        <translation>Tỷ lệ &amp;chiết khấu</translation>
    </message>
    <message>
        <source>Data&amp;base file</source>
        <translation>Tệp cơ sở &amp;dữ liệu</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>New assessments take the consultant name, grid factor year and discount rate given here. A changed database file is opened at the next start; leave it empty for the default one.</source>
        <translation>Các đợt đánh giá mới lấy tên tư vấn viên, năm hệ số lưới điện và tỷ lệ chiết khấu ở đây. Tệp cơ sở dữ liệu mới chọn sẽ được mở từ lần khởi động sau; để trống để dùng tệp mặc định.</translation>
    </message>
</context>
<context>
    <name>SolutionsPage</name>
    <message>
        <source>Solution</source>
        <translation>Giải pháp</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Nhóm giải pháp</translation>
    </message>
    <message>
        <source>Cost class</source>
        <translation>Mức chi phí</translation>
    </message>
    <message>
        <source>Investment
(VND)</source>
        <translation>Đầu tư
(đồng)</translation>
    </message>
    <message>
        <source>Other savings
(VND/year)</source>
        <translation>Tiết kiệm khác
(đồng/năm)</translation>
    </message>
    <message>
        <source>Savings not tied to a baseline line (labour, treatment fees), per year</source>
        <translation>Khoản tiết kiệm không gắn với dòng tiêu thụ nào (nhân công, phí xử lý), mỗi năm</translation>
    </message>
    <message>
        <source>Lifetime
(years)</source>
        <translation>Tuổi thọ
(năm)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Savings
(VND/year)</source>
        <translation>Tiết kiệm
(đồng/năm)</translation>
    </message>
    <message>
        <source>Savings on the baseline lines at their unit prices, plus other savings</source>
        <translation>Phần tiết kiệm trên các dòng tiêu thụ theo đơn giá của chúng, cộng các khoản tiết kiệm khác</translation>
    </message>
    <message>
        <source>Payback
(years)</source>
        <translation>Hoàn vốn
(năm)</translation>
    </message>
    <message>
        <source>NPV
(VND)</source>
        <translation>NPV
(đồng)</translation>
    </message>
    <message>
        <source>IRR</source>
        <translation>IRR</translation>
    </message>
    <message>
        <source>Fossil CO₂
(t/year)</source>
        <translation>CO₂ hóa thạch
(tấn/năm)</translation>
    </message>
    <message>
        <source>Delete solution</source>
        <translation>Xóa giải pháp</translation>
    </message>
    <message>
        <source>Add solution</source>
        <translation>Thêm giải pháp</translation>
    </message>
    <message>
        <source>Baseline line</source>
        <translation>Dòng tiêu thụ</translation>
    </message>
    <message>
        <source>Saved per year</source>
        <translation>Tiết kiệm mỗi năm</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Delete saving</source>
        <translation>Xóa phần tiết kiệm</translation>
    </message>
    <message>
        <source>Add saving</source>
        <translation>Thêm phần tiết kiệm</translation>
    </message>
    <message>
        <source>Replace a fuel…</source>
        <translation>Thay nhiên liệu…</translation>
    </message>
    <message>
        <source>A fuel switch: a saving on the fuel replaced and a negative saving on the new fuel</source>
        <translation>Chuyển đổi nhiên liệu: tiết kiệm trên nhiên liệu được thay và tiết kiệm âm trên nhiên liệu mới</translation>
    </message>
    <message>
        <source>Technical feasibility</source>
        <translation>Khả thi kỹ thuật</translation>
    </message>
    <message>
        <source>Environmental feasibility</source>
        <translation>Khả thi môi trường</translation>
    </message>
    <message>
        <source>Monitoring indicators</source>
        <translation>Chỉ số theo dõi</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Tính khả thi</translation>
    </message>
    <message>
        <source>Solutions</source>
        <translation>Giải pháp SXSH</translation>
    </message>
    <message>
        <source>Waste reduction in %1 %2</source>
        <translation>Giảm thải tính theo %1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Replace a fuel</source>
        <translation>Thay nhiên liệu</translation>
    </message>
    <message>
        <source>Savings are counted on the yearly consumption lines: add them on the first page.</source>
        <translation>Phần tiết kiệm được tính trên các dòng tiêu thụ hằng năm: hãy thêm chúng ở trang Thông tin chung.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Solutions&lt;/b&gt; — payback, NPV, IRR and CO₂ are computed as you type</source>
        <translation>&lt;b&gt;Giải pháp&lt;/b&gt; — thời gian hoàn vốn, NPV, IRR và CO₂ được tính ngay khi nhập</translation>
    </message>
    <message>
        <source>Sa&amp;vings</source>
        <translation>&amp;Tiết kiệm</translation>
    </message>
    <message>
        <source>What the solution saves each year on the baseline lines; its value comes from the lines&apos; unit prices.</source>
        <translation>Lượng giải pháp tiết kiệm mỗi năm trên các dòng tiêu thụ; giá trị tính theo đơn giá của từng dòng.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Chi tiết</translation>
    </message>
    <message>
        <source>Descri&amp;ption</source>
        <translation>&amp;Mô tả</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>Công đ&amp;oạn</translation>
    </message>
    <message>
        <source>&amp;Waste stream</source>
        <translation>&amp;Dòng thải</translation>
    </message>
    <message>
        <source>&amp;Cause</source>
        <translation>Ng&amp;uyên nhân</translation>
    </message>
    <message>
        <source>Waste &amp;reduction</source>
        <translation>&amp;Giảm thải</translation>
    </message>
    <message>
        <source>In the waste stream&apos;s unit and period</source>
        <translation>Theo đơn vị và kỳ của dòng thải</translation>
    </message>
    <message>
        <source>&amp;Other savings (VND/year)</source>
        <translation>Tiết kiệm &amp;khác (đồng/năm)</translation>
    </message>
    <message>
        <source>Savings not tied to a consumption line: labour, fees, treatment…</source>
        <translation>Khoản tiết kiệm không gắn với dòng tiêu thụ: nhân công, phí, xử lý…</translation>
    </message>
    <message>
        <source>&amp;Added operating cost (VND/year)</source>
        <translation>Chi phí &amp;vận hành tăng thêm (đồng/năm)</translation>
    </message>
    <message>
        <source>&amp;Discount rate (%)</source>
        <translation>Lãi &amp;suất chiết khấu (%)</translation>
    </message>
    <message>
        <source>the assessment&apos;s rate</source>
        <translation>lãi suất của đánh giá</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>Th&amp;eo dõi</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>Người &amp;phụ trách</translation>
    </message>
    <message>
        <source>&amp;Planned date</source>
        <translation>Ngày &amp;dự kiến</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>T&amp;rạng thái</translation>
    </message>
    <message>
        <source>Act&amp;ual savings (VND/year)</source>
        <translation>Tiết kiệm thực tế (đồng/nă&amp;m)</translation>
    </message>
    <message>
        <source>Measured at follow-up</source>
        <translation>Đo được khi theo dõi</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>G&amp;hi chú</translation>
    </message>
    <message>
        <source>P&amp;hotos</source>
        <translation>Ả&amp;nh</translation>
    </message>
    <message>
        <source>Totals (solutions not rejected)</source>
        <translation>Tổng cộng (các giải pháp không bị loại)</translation>
    </message>
    <message>
        <source>Solutions counted</source>
        <translation>Số giải pháp</translation>
    </message>
    <message>
        <source>Investment (VND)</source>
        <translation>Vốn đầu tư (đồng)</translation>
    </message>
    <message>
        <source>Savings (VND/year)</source>
        <translation>Tiết kiệm (đồng/năm)</translation>
    </message>
    <message>
        <source>Net savings (VND/year)</source>
        <translation>Tiết kiệm ròng (đồng/năm)</translation>
    </message>
    <message>
        <source>Payback (years)</source>
        <translation>Thời gian hoàn vốn (năm)</translation>
    </message>
    <message>
        <source>NPV (VND)</source>
        <translation>NPV (đồng)</translation>
    </message>
    <message>
        <source>Fossil CO₂ avoided (t/year)</source>
        <translation>Giảm CO₂ hóa thạch (tấn/năm)</translation>
    </message>
    <message>
        <source>Solutions to implement now</source>
        <translation>Giải pháp thực hiện ngay</translation>
    </message>
    <message>
        <source>Their net savings (VND/year)</source>
        <translation>Tiết kiệm ròng của chúng (đồng/năm)</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Choose another database file? (No quits SXSH Desktop.)</source>
        <translation>Chọn một tệp cơ sở dữ liệu khác? (Chọn “Không” để thoát SXSH Desktop.)</translation>
    </message>
    <message>
        <source>Open database file</source>
        <translation>Mở tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>SXSH database (*.sqlite3);;All files (*)</source>
        <translation>Cơ sở dữ liệu SXSH (*.sqlite3);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>The database was updated to this version of SXSH Desktop. A copy of it as it was before was kept as:
{path}</source>
        <translation>Cơ sở dữ liệu đã được cập nhật cho phiên bản SXSH Desktop này. Bản sao của nó trước khi cập nhật được giữ tại:
{path}</translation>
    </message>
    <message>
        <source>You are connected to the office database {path} as its administrator: nobody&apos;s assessments are protected from your edits. For everyday work, log in as yourself.</source>
        <translation>Bạn đang kết nối tới cơ sở dữ liệu văn phòng {path} với quyền quản trị: mọi đợt đánh giá của người khác đều có thể bị bạn sửa. Khi làm việc hằng ngày, hãy đăng nhập bằng tài khoản của chính mình.</translation>
    </message>
    <message>
        <source>The database {path} is opened read-only: its file, folder or disk cannot be written. You can read and print everything, but edits cannot be saved. Copy the file to a folder of your own to work on it.</source>
        <translation>Cơ sở dữ liệu {path} được mở ở chế độ chỉ đọc: không ghi được vào tệp, thư mục hoặc ổ đĩa chứa nó. Bạn vẫn xem và in được mọi thứ, nhưng không lưu được chỉnh sửa. Hãy sao chép tệp vào một thư mục của bạn để làm việc.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Figure</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Not rejected</source>
        <translation>Không bị loại</translation>
    </message>
    <message>
        <source>Implement now</source>
        <translation>Thực hiện ngay</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Dòng tiêu thụ</translation>
    </message>
    <message>
        <source>Baseline/year</source>
        <translation>Hiện trạng/năm</translation>
    </message>
    <message>
        <source>Per unit of product</source>
        <translation>Trên đơn vị sản phẩm</translation>
    </message>
    <message>
        <source>Saved/year</source>
        <translation>Tiết kiệm/năm</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tiết kiệm</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>Total energy saved per unit of product</source>
        <translation>Tiết kiệm tổng năng lượng trên đơn vị sản phẩm</translation>
    </message>
    <message>
        <source>Raw materials: %1 — %2</source>
        <translation>Nguyên liệu: %1 — %2</translation>
    </message>
    <message>
        <source>Fossil energy (fossil fuels and electricity): %1</source>
        <translation>Năng lượng hóa thạch (nhiên liệu hóa thạch và điện): %1</translation>
    </message>
    <message>
        <source>Energy use: %1 TOE a year; fossil CO₂ %2 t a year (biogenic CO₂, apart: %3 t).</source>
        <translation>Tiêu thụ năng lượng: %1 TOE/năm; CO₂ hóa thạch %2 tấn/năm (CO₂ sinh khối, tính riêng: %3 tấn).</translation>
    </message>
    <message>
        <source>Fossil CO₂ avoided (t/year)</source>
        <translation>Giảm CO₂ hóa thạch (tấn/năm)</translation>
    </message>
    <message>
        <source>Biogenic CO₂, apart (t/year; negative: added)</source>
        <translation>CO₂ sinh khối, tính riêng (tấn/năm; âm: tăng thêm)</translation>
    </message>
    <message>
        <source>Fossil energy saved (TOE/year)</source>
        <translation>Năng lượng hóa thạch tiết kiệm (TOE/năm)</translation>
    </message>
    <message>
        <source>Renewable energy added (TOE/year)</source>
        <translation>Năng lượng tái tạo dùng thêm (TOE/năm)</translation>
    </message>
    <message>
        <source>Total energy saved, net (TOE/year)</source>
        <translation>Tổng năng lượng tiết kiệm, ròng (TOE/năm)</translation>
    </message>
    <message>
        <source>Water: %1</source>
        <translation>Nước: %1</translation>
    </message>
    <message>
        <source>Main product: %1, %2 %3 a year.</source>
        <translation>Sản phẩm chính: %1, %2 %3 mỗi năm.</translation>
    </message>
    <message>
        <source>No main product with a yearly output yet.</source>
        <translation>Chưa có sản phẩm chính có sản lượng năm.</translation>
    </message>
    <message>
        <source>A key energy user (1,000 TOE a year or more).</source>
        <translation>Cơ sở sử dụng năng lượng trọng điểm (từ 1.000 TOE mỗi năm).</translation>
    </message>
    <message>
        <source>Must make a greenhouse-gas inventory.</source>
        <translation>Thuộc đối tượng phải kiểm kê khí nhà kính.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không</translation>
    </message>
    <message>
        <source>%1 saved (t/year; negative: more used)</source>
        <translation>%1 tiết kiệm (tấn/năm; âm: dùng thêm)</translation>
    </message>
    <message>
        <source>Solutions</source>
        <translation>Giải pháp SXSH</translation>
    </message>
    <message>
        <source>Investment (VND)</source>
        <translation>Vốn đầu tư (đồng)</translation>
    </message>
    <message>
        <source>Savings (VND/year)</source>
        <translation>Tiết kiệm (đồng/năm)</translation>
    </message>
    <message>
        <source>Added operating cost (VND/year)</source>
        <translation>Chi phí vận hành tăng thêm (đồng/năm)</translation>
    </message>
    <message>
        <source>Net savings (VND/year)</source>
        <translation>Tiết kiệm ròng (đồng/năm)</translation>
    </message>
    <message>
        <source>Payback (years)</source>
        <translation>Thời gian hoàn vốn (năm)</translation>
    </message>
    <message>
        <source>NPV (VND)</source>
        <translation>NPV (đồng)</translation>
    </message>
    <message>
        <source>Electricity saved (kWh/year)</source>
        <translation>Điện tiết kiệm (kWh/năm)</translation>
    </message>
    <message>
        <source>Water saved (m³/year)</source>
        <translation>Nước tiết kiệm (m³/năm)</translation>
    </message>
    <message>
        <source>Materials saved (t/year)</source>
        <translation>Nguyên vật liệu tiết kiệm (tấn/năm)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… và %n mục khác</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures that could not be computed:</source>
        <translation>Những số liệu chưa tính được:</translation>
    </message>
    <message>
        <source>Savings per unit of product against the target</source>
        <translation>Mức tiết kiệm trên đơn vị sản phẩm so với mục tiêu</translation>
    </message>
    <message>
        <source>&lt;b&gt;Totals&lt;/b&gt; — solutions not rejected, and those to implement now</source>
        <translation>&lt;b&gt;Tổng cộng&lt;/b&gt; — các giải pháp không bị loại, và các giải pháp thực hiện ngay</translation>
    </message>
    <message>
        <source>&lt;b&gt;Consumption per unit of product&lt;/b&gt; — baseline and savings</source>
        <translation>&lt;b&gt;Tiêu hao trên đơn vị sản phẩm&lt;/b&gt; — hiện trạng và tiết kiệm</translation>
    </message>
    <message>
        <source>&amp;Conclusions (printed in the report)</source>
        <translation>&amp;Kết luận (in trong báo cáo)</translation>
    </message>
</context>
<context>
    <name>WastePage</name>
    <message>
        <source>Step</source>
        <translation>Công đoạn</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>Dòng thải</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Characteristics</source>
        <translation>Đặc tính</translation>
    </message>
    <message>
        <source>Lost material
(VND/year)</source>
        <translation>Nguyên liệu mất
(đồng/năm)</translation>
    </message>
    <message>
        <source>Value of the material lost in the stream, per year</source>
        <translation>Giá trị nguyên vật liệu mất theo dòng thải, mỗi năm</translation>
    </message>
    <message>
        <source>Treatment
(VND/year)</source>
        <translation>Xử lý
(đồng/năm)</translation>
    </message>
    <message>
        <source>Treatment and disposal cost, per year</source>
        <translation>Chi phí xử lý và thải bỏ, mỗi năm</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Trọng tâm</translation>
    </message>
    <message>
        <source>A focus stream: one of the most wasteful, to find solutions for</source>
        <translation>Dòng thải trọng tâm: gây lãng phí nhiều nhất, cần tìm giải pháp</translation>
    </message>
    <message>
        <source>Delete waste stream</source>
        <translation>Xóa dòng thải</translation>
    </message>
    <message>
        <source>Add waste stream</source>
        <translation>Thêm dòng thải</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Nhóm nguyên nhân</translation>
    </message>
    <message>
        <source>Delete cause</source>
        <translation>Xóa nguyên nhân</translation>
    </message>
    <message>
        <source>Add cause</source>
        <translation>Thêm nguyên nhân</translation>
    </message>
    <message>
        <source>Typical option</source>
        <translation>Giải pháp điển hình</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Nhóm giải pháp</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <source>Already added as a solution for this waste stream</source>
        <translation>Đã thêm thành giải pháp cho dòng thải này</translation>
    </message>
    <message>
        <source>Waste and causes</source>
        <translation>Dòng thải và nguyên nhân</translation>
    </message>
    <message>
        <source>Cost of waste per year: lost material %1 VND, treatment %2 VND, total %3 VND.</source>
        <translation>Chi phí do chất thải mỗi năm: nguyên liệu mất %1 đồng, xử lý %2 đồng, tổng cộng %3 đồng.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Causes&lt;/b&gt; — select a waste stream above</source>
        <translation>&lt;b&gt;Nguyên nhân&lt;/b&gt; — hãy chọn một dòng thải ở trên</translation>
    </message>
    <message>
        <source>&lt;b&gt;Causes of “%1”&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nguyên nhân của “%1”&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Typical options&lt;/b&gt; — give a cause its category to see them</source>
        <translation>&lt;b&gt;Giải pháp điển hình&lt;/b&gt; — hãy phân loại nguyên nhân để xem</translation>
    </message>
    <message>
        <source>&lt;b&gt;Typical options&lt;/b&gt; for “%1”</source>
        <translation>&lt;b&gt;Giải pháp điển hình&lt;/b&gt; cho nhóm “%1”</translation>
    </message>
    <message>
        <source>, sector options first (%1)</source>
        <translation>, ưu tiên giải pháp của ngành (%1)</translation>
    </message>
    <message>
        <source>Typical saving: %1</source>
        <translation>Mức tiết kiệm thường gặp: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Add solution from the catalogue</source>
        <translation>Thêm giải pháp từ danh mục</translation>
    </message>
    <message>
        <source>Added “%1” to the solutions: add its savings there.</source>
        <translation>Đã thêm “%1” vào danh sách giải pháp: hãy nhập phần tiết kiệm ở đó.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waste streams&lt;/b&gt; — quantity, cost per year; tick the focus streams to work on</source>
        <translation>&lt;b&gt;Dòng thải&lt;/b&gt; — số lượng, chi phí mỗi năm; đánh dấu các dòng thải trọng tâm cần xử lý</translation>
    </message>
    <message>
        <source>&amp;Add as a solution</source>
        <translation>&amp;Thêm thành giải pháp</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photos of the waste stream&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ảnh của dòng thải&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>WorkflowWindow</name>
    <message>
        <source>◀ Previous step</source>
        <translation>◀ Bước trước</translation>
    </message>
    <message>
        <source>Next step ▶</source>
        <translation>Bước sau ▶</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>Mark the assessment as completed, or as still in progress (Ctrl+Shift+D)</source>
        <translation>Đánh dấu đợt đánh giá đã hoàn thành, hoặc vẫn đang làm (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Các bước</translation>
    </message>
    <message>
        <source>Undo {action}</source>
        <translation>Hoàn tác: {action}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo {action}</source>
        <translation>Làm lại: {action}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Đợt đánh giá</translation>
    </message>
    <message>
        <source>{step}  ({count} missing)</source>
        <translation>{step}  (thiếu {count})</translation>
    </message>
    <message>
        <source>This step is complete.</source>
        <translation>Bước này đã đầy đủ.</translation>
    </message>
    <message>
        <source>Still missing (you can go on and come back):</source>
        <translation>Còn thiếu (bạn có thể làm tiếp và quay lại sau):</translation>
    </message>
</context>
</TS>
