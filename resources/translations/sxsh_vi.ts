<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
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
        <source>This is not an email address (name@example.com).</source>
        <translation>Địa chỉ email không hợp lệ (dạng ten@vidu.vn).</translation>
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
    <name>Labels</name>
    <message>
        <source>State-owned</source>
        <translation>Nhà nước</translation>
    </message>
    <message>
        <source>Non-state</source>
        <translation>Ngoài nhà nước</translation>
    </message>
    <message>
        <source>Foreign-invested</source>
        <translation>Có vốn đầu tư nước ngoài</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation>Hợp tác xã</translation>
    </message>
    <message>
        <source>Household business</source>
        <translation>Hộ kinh doanh</translation>
    </message>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Database: {path}</source>
        <translation>Cơ sở dữ liệu: {path}</translation>
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
    <name>Problems</name>
    <message>
        <source>SXSH Desktop</source>
        <translation>SXSH Desktop</translation>
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
