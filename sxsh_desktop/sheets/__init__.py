"""Reading spreadsheets from outside (.xlsx, .xls, .csv) within bounds, into plain cells.

Every file is hostile until read: sizes and counts are bounded before the parser sees it (an .xlsx
is a zip: its members' sizes and ratios are checked first, and its rows counted while streaming).
What comes out keeps what the importer needs and a value-only reader loses: each cell's font name
(legacy Vietnamese fonts are told by it), whether the cell was a number, merged ranges, hidden
rows, columns and sheets, and the workbook's date system.
"""
