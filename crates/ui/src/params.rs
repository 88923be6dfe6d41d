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

/// What one sim reads from its link beside the common settings (`?n=5&w=3` …).
pub trait SimParams: Clone + PartialEq + std::fmt::Debug + 'static {
    /// Reads them, never failing: a malformed or out-of-range value becomes the nearest valid
    /// one and `reader` records a notice saying so.
    fn read(reader: &mut ParamReader) -> Self;
    /// Writes them so that [`SimParams::read`] gives them back unchanged.
    fn write(&self, w: &mut ParamWriter);
}

/// A sim's settings as its link gives them: its own parameters, the common ones, and the
/// notices about what was changed while reading. Derefs to the sim's parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct Linked<P> {
    /// The sim's own parameters, already clamped.
    pub params: P,
    /// Seed, speed and projector mode.
    pub common: CommonParams,
    /// What was changed while reading, for the notice bar.
    pub notices: Vec<String>,
}

impl<P: SimParams> Linked<P> {
    /// Reads the settings from a query string; never fails.
    pub fn from_query(query: &str) -> Self {
        let mut reader = ParamReader::new(query);
        let common = CommonParams::read(&mut reader);
        let params = P::read(&mut reader);
        Linked {
            params,
            common,
            notices: reader.notices(),
        }
    }

    /// The query string that reads back as `params` with `common`'s seed and speed.
    pub fn query(params: &P, common: &CommonParams) -> String {
        let mut w = ParamWriter::new();
        params.write(&mut w);
        common.write(&mut w);
        w.finish()
    }
}

impl<P> std::ops::Deref for Linked<P> {
    type Target = P;
    fn deref(&self) -> &P {
        &self.params
    }
}

impl<P: SimParams> crate::LinkSettings for Linked<P> {
    fn from_query(query: &str) -> Self {
        Linked::from_query(query)
    }
    fn common(&self) -> &CommonParams {
        &self.common
    }
    fn notices(&self) -> &[String] {
        &self.notices
    }
}

/// For a sim's tests: writes `params` into a link with a fixed seed and speed, reads the link
/// back, and panics unless the same parameters come back without a notice.
pub fn assert_round_trip<P: SimParams>(params: &P) {
    let common = CommonParams {
        seed: 77,
        speed: 2.5,
        projector: false,
    };
    let query = Linked::query(params, &common);
    let back = Linked::<P>::from_query(&query);
    assert_eq!((&back.params, &back.common), (params, &common), "{query}");
    assert!(back.notices.is_empty(), "{query}: {:?}", back.notices);
}

/// For a sim's tests: the settings `query` reads as, panicking if reading it gave a notice
/// (a value that was malformed, out of range or changed).
pub fn read_cleanly<P: SimParams>(query: &str) -> Linked<P> {
    let settings = Linked::<P>::from_query(query);
    assert!(
        settings.notices.is_empty(),
        "{query}: {:?}",
        settings.notices
    );
    settings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, PartialEq)]
    struct Nodes(i64);

    impl SimParams for Nodes {
        fn read(reader: &mut ParamReader) -> Self {
            Nodes(reader.int("nodes", 1..=9, 3))
        }
        fn write(&self, w: &mut ParamWriter) {
            w.int("nodes", self.0);
        }
    }

    #[test]
    fn a_sims_parameters_and_the_common_ones_share_one_link() {
        let s = read_cleanly::<Nodes>("?nodes=5&seed=9&speed=2");
        assert_eq!((s.0, s.common.seed, s.common.speed), (5, 9, 2.0));
        assert_round_trip(&Nodes(9));
    }

    #[test]
    fn an_out_of_range_value_is_clamped_with_a_notice() {
        let s = Linked::<Nodes>::from_query("?nodes=40");
        assert_eq!(s.0, 9);
        assert_eq!(s.notices.len(), 1);
    }

    #[test]
    #[should_panic(expected = "nodes=40")]
    fn reading_cleanly_refuses_a_notice() {
        read_cleanly::<Nodes>("?nodes=40");
    }
}
