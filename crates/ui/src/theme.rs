//! The look every sim shares: normal or projector (large text, thick lines, high contrast),
//! and whether motion is reduced. Provided to the canvas and controls through a context.

use crate::palette::{Palette, NORMAL, PROJECTOR};

/// The current theme, provided by the sim shell to everything inside it.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Theme {
    /// Projector mode: larger text, thicker lines, stronger colours.
    pub projector: bool,
    /// The viewer prefers reduced motion: animations jump to their end state.
    pub reduced_motion: bool,
}

/// The context type the shell provides.
pub type ThemeContext = Theme;

impl Theme {
    /// The palette for this theme.
    pub fn palette(&self) -> Palette {
        if self.projector {
            PROJECTOR
        } else {
            NORMAL
        }
    }

    /// The scale applied to canvas text and lines.
    pub fn scale(&self) -> f64 {
        if self.projector {
            1.3
        } else {
            1.0
        }
    }
}
