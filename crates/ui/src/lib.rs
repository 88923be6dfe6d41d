//! Shared Yew widgets for the simulations: the HiDPI canvas, labelled controls, the sim shell
//! (title, tools, notices, narration, keyboard shortcuts), the theme and the drawing helpers.

pub mod canvas;
pub mod controls;
pub mod draw;
pub mod env;
pub mod field;
pub mod logtable;
pub mod palette;
pub mod params;
pub mod shell;
pub mod theme;

pub use canvas::SimCanvas;
pub use controls::{ActionButton, Choice, PlayControls, Slider, Switch};
pub use draw::{Align, Frame};
pub use field::TextField;
pub use logtable::{RowTone, TableRow};
pub use shell::SimShell;
pub use theme::Theme;
