"""DESIGN.md's numbers for colours and sizes, for every theme and text size."""

from __future__ import annotations

import pytest

from ui.theme import PALETTES, TEXT_SCALES, Metrics, Palette, ThemeName, contrast_ratio

TEXT_PAIRS = [
    ("text", "background"),
    ("text", "surface"),
    ("muted_text", "background"),
    ("muted_text", "surface"),
    ("primary_text", "primary"),
    ("secondary_text", "secondary"),
    ("good", "background"),
    ("good", "surface"),
    ("warn", "background"),
    ("warn", "surface"),
    ("bad", "background"),
    ("bad", "surface"),
    ("header_text", "header"),
]
CONTROL_PAIRS = [("border", "background"), ("border", "surface"), ("focus", "background")]


@pytest.mark.parametrize("theme", list(ThemeName))
def test_text_contrast_is_at_least_7_to_1(theme: ThemeName) -> None:
    palette: Palette = PALETTES[theme]
    for fg, bg in TEXT_PAIRS:
        ratio = contrast_ratio(getattr(palette, fg), getattr(palette, bg))
        assert ratio >= 7.0, f"{theme.value}: {fg} on {bg} is {ratio:.2f}:1"


@pytest.mark.parametrize("theme", list(ThemeName))
def test_control_edges_are_at_least_3_to_1(theme: ThemeName) -> None:
    palette = PALETTES[theme]
    for fg, bg in CONTROL_PAIRS:
        ratio = contrast_ratio(getattr(palette, fg), getattr(palette, bg))
        assert ratio >= 3.0, f"{theme.value}: {fg} against {bg} is {ratio:.2f}:1"


def test_contrast_ratio_matches_wcag_examples() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)


@pytest.mark.parametrize("scale", TEXT_SCALES)
def test_sizes_at_every_text_scale(scale: int) -> None:
    m = Metrics(scale)
    assert m.small >= 28 and m.body >= 28
    assert m.heading >= 44 and m.title >= 44
    assert m.target >= 96 and m.primary_target >= 120
    assert m.gap >= 16
    # Text grows with the scale: 166 % is really two-thirds bigger.
    assert m.body == pytest.approx(Metrics(100).body * scale / 100, abs=1)
