//! The settings every sim reads from its link: seed, speed and projector mode.

use dsim_core::params::{ParamReader, ParamWriter};

/// Settings shared by all sims.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CommonParams {
    /// `?seed=`: every random choice derives from it.
    pub seed: u64,
    /// `?speed=`: animation speed multiplier, 0.25–10.
    pub speed: f64,
    /// `?projector=1`: start in projector mode.
    pub projector: bool,
}

impl CommonParams {
    /// Reads the shared settings, recording notices in `reader`.
    pub fn read(reader: &mut ParamReader) -> Self {
        CommonParams {
            seed: reader.seed(),
            speed: reader.speed(),
            projector: reader.flag("projector", false),
        }
    }

    /// Writes the seed and the speed (projector mode is the shell's to add).
    pub fn write(&self, w: &mut ParamWriter) {
        w.seed(self.seed);
        w.float("speed", self.speed);
    }
}
