"""The window's one style sheet: a focus mark that is seen from arm's length on a laptop in a
bright workshop (the style's own dotted line or 1 px tint is nearly invisible)."""

from __future__ import annotations

FOCUS_COLOUR = "#1565c0"

FOCUS_STYLE = f"""
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QSpinBox:focus, QDoubleSpinBox:focus,
QDateEdit:focus {{
    border: 2px solid {FOCUS_COLOUR};
    border-radius: 3px;
}}
QComboBox:focus {{
    border: 2px solid {FOCUS_COLOUR};
    border-radius: 3px;
    padding: 1px 4px;
}}
QPushButton:focus, QToolButton:focus {{
    border: 2px solid {FOCUS_COLOUR};
    border-radius: 4px;
    padding: 3px 10px;
}}
QAbstractItemView:focus {{
    border: 2px solid {FOCUS_COLOUR};
}}
QAbstractItemView::item:focus {{
    border: 2px solid {FOCUS_COLOUR};
}}
QCheckBox:focus, QRadioButton:focus {{
    outline: 2px solid {FOCUS_COLOUR};
    border: 1px solid {FOCUS_COLOUR};
}}
QTabBar::tab:focus {{
    border: 2px solid {FOCUS_COLOUR};
}}
"""
