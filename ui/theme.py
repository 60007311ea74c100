"""Sizes, colours and the one stylesheet. Numbers from DESIGN.md (reference: 1920×1080).

Targets ≥ 96 px high (primary ≥ 120 px) and ≥ 16 px apart; body text ≥ 28 px, headings
≥ 44 px; text contrast ≥ 7:1 in every theme, controls ≥ 3:1. Text scales 100/133/166 %.
"""

from __future__ import annotations

import enum
from typing import Final

from kiosk.values import Value

TEXT_SCALES = (100, 133, 166)


class ThemeName(enum.Enum):
    DEFAULT = "default"
    CONTRAST = "contrast"


class Palette(Value):
    """One theme's colours (a `Value`, not a dataclass: see kiosk/values.py)."""

    def __init__(
        self,
        background: str,
        surface: str,  # cards and panels
        text: str,
        muted_text: str,  # secondary text: still ≥ 7:1 on background and surface
        primary: str,  # primary buttons
        primary_text: str,
        secondary: str,  # ordinary buttons
        secondary_text: str,
        border: str,  # control outlines: ≥ 3:1 against the background
        focus: str,
        good: str,  # "seats left"
        warn: str,  # "waiting list"
        bad: str,  # "cancelled", errors
        header: str,
        header_text: str,
    ) -> None:
        self.background: Final = background
        self.surface: Final = surface
        self.text: Final = text
        self.muted_text: Final = muted_text
        self.primary: Final = primary
        self.primary_text: Final = primary_text
        self.secondary: Final = secondary
        self.secondary_text: Final = secondary_text
        self.border: Final = border
        self.focus: Final = focus
        self.good: Final = good
        self.warn: Final = warn
        self.bad: Final = bad
        self.header: Final = header
        self.header_text: Final = header_text


PALETTES: dict[ThemeName, Palette] = {
    ThemeName.DEFAULT: Palette(
        background="#FAF7F2",
        surface="#FFFFFF",
        text="#1A1A1A",
        muted_text="#3D3D3D",
        primary="#0B4F3C",
        primary_text="#FFFFFF",
        secondary="#E8E2D6",
        secondary_text="#1A1A1A",
        border="#5C5C5C",
        focus="#7A3E00",
        good="#0B5A2A",
        warn="#6B3F00",
        bad="#8A1010",
        header="#0B4F3C",
        header_text="#FFFFFF",
    ),
    ThemeName.CONTRAST: Palette(
        background="#000000",
        surface="#000000",
        text="#FFFFFF",
        muted_text="#FFFFFF",
        primary="#FFE600",
        primary_text="#000000",
        secondary="#000000",
        secondary_text="#FFFFFF",
        border="#FFFFFF",
        focus="#00E5FF",
        good="#7CFF7C",
        warn="#FFE600",
        bad="#FF9A9A",
        header="#000000",
        header_text="#FFE600",
    ),
}


def relative_luminance(hex_colour: str) -> float:
    """WCAG 2 relative luminance of #RRGGBB."""
    value = hex_colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(a: str, b: str) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


class Metrics(Value):
    """Pixel sizes for one text scale. Targets do not shrink; text grows with the scale."""

    gap: Final = 16  # between targets (DESIGN.md: ≥ 16 px apart)
    margin: Final = 32
    radius: Final = 14

    def __init__(self, scale: int = 100) -> None:
        self.scale: Final = scale

    def _px(self, base: int) -> int:
        return round(base * self.scale / 100)

    @property
    def body(self) -> int:
        return self._px(30)

    @property
    def small(self) -> int:  # the smallest text anywhere: still ≥ 28 px
        return self._px(28)

    @property
    def heading(self) -> int:
        return self._px(48)

    @property
    def title(self) -> int:
        return self._px(60)

    @property
    def button_text(self) -> int:
        return self._px(32)

    @property
    def key_text(self) -> int:
        return self._px(40)

    # The header is for orientation, not reading: it grows less, so the page keeps its room.
    @property
    def header_title(self) -> int:
        return min(self._px(44), 56)

    @property
    def header_clock(self) -> int:
        return min(self._px(30), 40)

    @property
    def key_target(self) -> int:
        """Keys of a keypad, the header's Back/Home and the settings row: rows of them must
        fit at 166 %, so they grow less than other targets (and never below 96)."""
        return max(96, self._px(80))

    @property
    def booking_code(self) -> int:  # the code on the confirmation, copied onto paper
        return self._px(120)

    # Targets grow with the text so a bigger label never clips, and never shrink below 96.
    @property
    def target(self) -> int:
        return max(96, self._px(100))

    @property
    def primary_target(self) -> int:
        return max(120, self._px(124))

    @property
    def row_primary_target(self) -> int:
        """A form's Save beside its heading, above keys kept whole: as tall as the keys,
        never below the primary 120, so the form's fields keep room at 166 %."""
        return max(120, self.key_target)


def stylesheet(palette: Palette, metrics: Metrics) -> str:
    """The application's one stylesheet; widgets pick rules through objectName/properties."""
    p, m = palette, metrics
    return f"""
QWidget {{
    background: {p.background};
    color: {p.text};
    font-size: {m.body}px;
}}
QLabel {{ background: transparent; }}
QLabel[role="title"] {{ font-size: {m.title}px; font-weight: bold; }}
QLabel[role="heading"] {{ font-size: {m.heading}px; font-weight: bold; }}
QLabel[role="muted"] {{ color: {p.muted_text}; }}
QLabel[role="good"] {{ color: {p.good}; font-weight: bold; }}
QLabel[role="warn"] {{ color: {p.warn}; font-weight: bold; }}
QLabel[role="bad"] {{ color: {p.bad}; font-weight: bold; }}
QLabel[role="code"] {{ font-size: {m.title}px; font-weight: bold; letter-spacing: 6px; }}
QLabel[role="bigcode"] {{
    font-size: {m.booking_code}px; font-weight: bold; letter-spacing: 12px;
    background: {p.surface}; border: 3px solid {p.border}; border-radius: {m.radius}px;
    padding: 8px 32px;
}}
QLabel[role="codebox"] {{
    font-size: {m.title}px; font-weight: bold; background: {p.surface};
    border: 3px solid {p.border}; border-radius: {m.radius}px;
    min-width: {m.key_target}px; min-height: {m.key_target}px;
}}
QLabel[role="cardtitle"] {{ font-size: {m.heading}px; font-weight: bold; }}
QLabel[role="section"] {{ font-size: {m.button_text}px; font-weight: bold; }}
QLabel[role="notice"] {{
    font-weight: bold; border: 3px solid {p.border}; border-radius: {m.radius}px;
    padding: 12px; background: {p.surface};
}}
QLabel[role="error"] {{
    color: {p.bad}; font-weight: bold; border: 3px solid {p.bad};
    border-radius: {m.radius}px; padding: 12px; background: {p.surface};
}}
QFrame#header {{ background: {p.header}; border-bottom: 3px solid {p.border}; }}
QFrame#header QLabel {{
    color: {p.header_text}; font-size: {m.header_title}px; font-weight: bold;
}}
QFrame#header QLabel[role="clock"] {{ font-size: {m.header_clock}px; }}
QFrame[role="card"] {{
    background: {p.surface}; border: 2px solid {p.border}; border-radius: {m.radius}px;
}}
QFrame[role="dialog"] {{
    background: {p.surface}; border: 4px solid {p.border}; border-radius: {m.radius}px;
}}
QFrame#header QPushButton {{ font-size: {m.button_text}px; }}
QPushButton {{
    background: {p.secondary}; color: {p.secondary_text};
    border: 3px solid {p.border}; border-radius: {m.radius}px;
    min-height: {m.target}px; padding: 8px 24px;
    font-size: {m.button_text}px; font-weight: bold;
}}
QPushButton:focus {{ border: 4px solid {p.focus}; }}
QPushButton:pressed {{ background: {p.border}; color: {p.background}; }}
QPushButton:checked {{ background: {p.primary}; color: {p.primary_text}; }}
QPushButton:disabled {{ color: {p.muted_text}; border-style: dashed; }}
QPushButton[role="primary"] {{
    background: {p.primary}; color: {p.primary_text}; border-color: {p.primary};
    min-height: {m.primary_target}px;
}}
QPushButton[role="compact"] {{ min-height: {m.key_target}px; }}
QPushButton[role="primary"][fit="row"] {{ min-height: {m.row_primary_target}px; }}
QPushButton[role="primary"]:disabled {{
    background: {p.secondary}; color: {p.muted_text}; border: 3px dashed {p.border};
}}
QPushButton[role="key"] {{
    font-size: {m.key_text}px; padding: 0px; min-height: {m.key_target}px;
}}
QPushButton[role="card"] {{
    background: {p.surface}; text-align: left; padding: 0px; font-weight: normal;
    border-width: 2px;
}}
QPushButton[role="card"]:pressed {{ background: {p.secondary}; }}
QPushButton[role="card"]:focus {{ border: 4px solid {p.focus}; }}
QLineEdit {{
    background: {p.surface}; color: {p.text}; border: 3px solid {p.border};
    border-radius: {m.radius}px; padding: 8px 16px; min-height: {m.target - 24}px;
    font-size: {m.heading}px;
}}
QLineEdit:focus {{ border: 4px solid {p.focus}; }}
QScrollArea {{ border: none; }}
QScrollBar:vertical {{ width: 28px; background: {p.secondary}; }}
QScrollBar::handle:vertical {{ background: {p.border}; min-height: 80px; border-radius: 10px; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0px; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}
QLabel#status {{ font-size: {m.heading}px; }}
QLabel#outcome {{ font-size: {m.title}px; }}
"""
