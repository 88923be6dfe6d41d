//! Colours safe for colour-blind viewers (the Okabe–Ito palette), in a normal and a
//! projector (high-contrast) variant. Colour is never the only cue: every sim also uses
//! labels, badges or shapes for the same meaning.

use crate::math;

/// The colours a sim draws with; every sim uses the same meanings for the same colours.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    /// Page and canvas background.
    pub background: &'static str,
    /// Panels drawn on the canvas (boxes, cards).
    pub surface: &'static str,
    /// Main text and outlines.
    pub ink: &'static str,
    /// Secondary text, axes and idle links.
    pub muted: &'static str,
    /// A node that is idle or does not know yet.
    pub idle: &'static str,
    /// Writes, migrations, things just changed (Okabe–Ito orange).
    pub write: &'static str,
    /// Reads, consulted replicas (Okabe–Ito blue).
    pub read: &'static str,
    /// Success, overlap, fresh data (Okabe–Ito bluish green).
    pub good: &'static str,
    /// Failure, conflict, down (Okabe–Ito vermillion).
    pub bad: &'static str,
    /// Leaders (a light yellow always paired with a crown or "L" label).
    pub leader: &'static str,
    /// A neutral accent for leaderless nodes (Okabe–Ito sky blue).
    pub accent: &'static str,
    /// Text drawn in the success colour (darker, for 4.5:1 contrast).
    pub good_text: &'static str,
    /// Text drawn in the failure colour (darker, for 4.5:1 contrast).
    pub bad_text: &'static str,
    /// Eight distinct series colours for per-node colouring (Okabe–Ito order).
    pub series: [&'static str; 8],
}

/// The everyday palette.
pub const NORMAL: Palette = Palette {
    background: "#ffffff",
    surface: "#f3f5f8",
    ink: "#1a1a1a",
    muted: "#5c6370",
    idle: "#b8bec8",
    write: "#e69f00",
    read: "#0072b2",
    good: "#009e73",
    bad: "#d55e00",
    leader: "#f0e442",
    accent: "#56b4e9",
    good_text: "#00684c",
    bad_text: "#a63f00",
    series: [
        "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#7f6a00", "#5c6370",
    ],
};

/// The projector palette: pure black ink and stronger outlines for a washed-out screen.
pub const PROJECTOR: Palette = Palette {
    background: "#ffffff",
    surface: "#eceff3",
    ink: "#000000",
    muted: "#3b4048",
    idle: "#9aa1ad",
    write: "#e69f00",
    read: "#005a8c",
    good: "#007a5a",
    bad: "#c04f00",
    leader: "#f0e442",
    accent: "#3d9fd6",
    good_text: "#005038",
    bad_text: "#8f3500",
    series: [
        "#005a8c", "#c98a00", "#007a5a", "#b0558c", "#3d9fd6", "#c04f00", "#6b5900", "#3b4048",
    ],
};

impl Palette {
    /// The text colour (ink or background) that reads best on a fill, e.g. a letter on a node
    /// drawn in one of the series colours.
    pub fn text_on(&self, fill: &str) -> &'static str {
        if contrast(self.ink, fill) >= contrast(self.background, fill) {
            self.ink
        } else {
            self.background
        }
    }
}

/// The red, green and blue bytes of an `#rrggbb` colour (0 for anything unreadable).
pub fn rgb(hex: &str) -> [u8; 3] {
    let channel = |i: usize| {
        hex.get(1 + 2 * i..3 + 2 * i)
            .and_then(|s| u8::from_str_radix(s, 16).ok())
            .unwrap_or(0)
    };
    [channel(0), channel(1), channel(2)]
}

/// Relative luminance of an `#rrggbb` colour (WCAG 2.x definition).
pub fn luminance(hex: &str) -> f64 {
    let channel = |i: usize| {
        let v = hex
            .get(1 + 2 * i..3 + 2 * i)
            .and_then(|s| u8::from_str_radix(s, 16).ok())
            .unwrap_or(0) as f64
            / 255.0;
        if v <= 0.040_45 {
            v / 12.92
        } else {
            math::powf((v + 0.055) / 1.055, 2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
}

/// WCAG contrast ratio between two `#rrggbb` colours (1 to 21).
pub fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_colours_meet_wcag_aa_in_both_palettes() {
        for p in [NORMAL, PROJECTOR] {
            for (name, c) in [
                ("ink", p.ink),
                ("muted", p.muted),
                ("good_text", p.good_text),
                ("bad_text", p.bad_text),
                ("read", p.read),
            ] {
                let ratio = contrast(c, p.background);
                assert!(ratio >= 4.5, "{name} {c} has contrast {ratio:.2}");
                let ratio = contrast(c, p.surface);
                assert!(
                    ratio >= 4.5,
                    "{name} {c} on surface has contrast {ratio:.2}"
                );
            }
        }
    }

    /// Every colour a sim draws shapes with, by name, for the checks below.
    fn shape_colours(p: &Palette) -> Vec<(String, &'static str)> {
        let mut v: Vec<(String, &'static str)> = [
            ("ink", p.ink),
            ("muted", p.muted),
            ("idle", p.idle),
            ("write", p.write),
            ("read", p.read),
            ("good", p.good),
            ("bad", p.bad),
            ("leader", p.leader),
            ("accent", p.accent),
        ]
        .into_iter()
        .map(|(n, c)| (n.to_string(), c))
        .collect();
        v.extend(
            p.series
                .iter()
                .enumerate()
                .map(|(i, c)| (format!("series[{i}]"), *c)),
        );
        v
    }

    #[test]
    fn state_colours_meet_3_to_1_against_the_background_and_surface() {
        // Shapes whose colour alone separates them from the page (WCAG 1.4.11).
        for p in [NORMAL, PROJECTOR] {
            for (name, c) in [
                ("ink", p.ink),
                ("muted", p.muted),
                ("good", p.good),
                ("bad", p.bad),
                ("read", p.read),
            ] {
                for (on, bg) in [("background", p.background), ("surface", p.surface)] {
                    let ratio = contrast(c, bg);
                    assert!(ratio >= 3.0, "{name} {c} on {on} has contrast {ratio:.2}");
                }
            }
        }
    }

    #[test]
    fn every_shape_is_told_from_the_background_by_its_fill_or_its_ink_outline() {
        // A light fill (orange writes, yellow leaders, idle grey, sky blue) is drawn with an ink
        // outline, so either the fill or that outline must reach 3:1 against the page, and the
        // outline must also stand out from the fill.
        for p in [NORMAL, PROJECTOR] {
            for (name, c) in shape_colours(&p) {
                if contrast(c, p.background) >= 3.0 {
                    continue;
                }
                let outline_on_page = contrast(p.ink, p.background);
                let outline_on_fill = contrast(p.ink, c);
                assert!(
                    outline_on_page >= 3.0 && outline_on_fill >= 3.0,
                    "{name} {c}: ink outline {outline_on_page:.2} on the page, {outline_on_fill:.2} on the fill"
                );
            }
        }
    }

    #[test]
    fn labels_on_every_fill_meet_4_5_to_1() {
        // Letters and numbers drawn on a node use text_on(fill).
        for p in [NORMAL, PROJECTOR] {
            for (name, c) in shape_colours(&p) {
                let ratio = contrast(p.text_on(c), c);
                assert!(ratio >= 4.5, "label on {name} {c} has contrast {ratio:.2}");
            }
        }
    }

    #[test]
    fn text_on_a_fill_picks_the_more_legible_colour() {
        assert_eq!(NORMAL.text_on("#0072b2"), NORMAL.background);
        assert_eq!(NORMAL.text_on("#e69f00"), NORMAL.ink);
        assert_eq!(NORMAL.text_on("#f0e442"), NORMAL.ink);
    }

    #[test]
    fn colours_split_into_bytes() {
        assert_eq!(rgb("#0072b2"), [0x00, 0x72, 0xb2]);
        assert_eq!(rgb("oops"), [0, 0, 0]);
    }

    #[test]
    fn contrast_of_black_on_white_is_21() {
        assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 1e-9);
    }
}
