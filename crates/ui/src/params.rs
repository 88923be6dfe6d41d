//! The settings every sim reads from its link: seed, speed and projector mode.

use dsim_core::params::{Notice, ParamReader, ParamWriter};

use crate::msg::t;

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
        .checking_lang(reader)
    }

    /// Notes a `?lang=` the site does not have (the page's language was chosen before the sim
    /// was mounted, see [`crate::language`]).
    fn checking_lang(self, reader: &mut ParamReader) -> Self {
        read_lang(reader);
        self
    }

    /// Writes the seed and the speed (projector mode is the shell's to add).
    pub fn write(&self, w: &mut ParamWriter) {
        w.seed(self.seed);
        w.float("speed", self.speed);
        if let Some(lang) = crate::language::from_link() {
            w.choice("lang", lang);
        }
    }
}

/// `?lang=`: one of the languages the site has, or English with a notice.
pub fn read_lang(reader: &mut ParamReader) -> Option<&'static str> {
    if !reader.has("lang") {
        return None;
    }
    Some(reader.choice("lang", crate::language::available(), "en"))
}

/// The notices in the page's language.
pub fn say(notices: &[Notice]) -> Vec<String> {
    notices.iter().map(notice_text).collect()
}

/// One notice in the page's language: its message and the values it names.
fn notice_text(n: &Notice) -> String {
    use crate::msg::{self, SCOPE};
    let (id, args) = match n {
        Notice::TooLong => (msg::NOTICE_TOO_LONG, vec![]),
        Notice::Said(text) => return text.clone(),
        Notice::More(n) => (msg::NOTICE_MORE, vec![("n", n.to_string())]),
        Notice::Repeated { key, times, used } => (
            msg::NOTICE_REPEATED,
            vec![
                ("key", key.clone()),
                ("times", times.to_string()),
                ("used", shown(used)),
            ],
        ),
        Notice::BadSeed { given, using } => (
            msg::NOTICE_BAD_SEED,
            vec![("given", shown(given)), ("using", using.clone())],
        ),
        Notice::NotANumber { key, given, using } => {
            keyed(msg::NOTICE_NOT_A_NUMBER, [key, given, using], &[])
        }
        Notice::NotWhole { key, given, using } => {
            keyed(msg::NOTICE_NOT_WHOLE, [key, given, using], &[])
        }
        Notice::NotOnOff { key, given, using } => {
            keyed(msg::NOTICE_NOT_ON_OFF, [key, given, using], &[])
        }
        Notice::AboveCap {
            key,
            given,
            cap,
            using,
        } => keyed(msg::NOTICE_ABOVE_CAP, [key, given, using], &[("cap", cap)]),
        Notice::OutOfRange {
            key,
            given,
            lo,
            hi,
            using,
        } => keyed(
            msg::NOTICE_OUT_OF_RANGE,
            [key, given, using],
            &[("lo", lo), ("hi", hi)],
        ),
        Notice::NotOneOf {
            key,
            given,
            options,
            using,
        } => keyed(
            msg::NOTICE_NOT_ONE_OF,
            [key, given, using],
            &[("options", options)],
        ),
    };
    let args: Vec<(&str, crate::i18n::Arg)> =
        args.into_iter().map(|(k, v)| (k, v.into())).collect();
    SCOPE.text(id, &args)
}

/// A value the link gave, as a notice shows it ("(empty)" for none).
fn shown(value: &str) -> String {
    if value.is_empty() {
        t!(EMPTY_VALUE)
    } else {
        value.to_string()
    }
}

/// The values of a notice about one setting: the setting, the value given, the value used,
/// and what the rule was (the cap, the range, the names).
fn keyed<'a>(
    id: &'a str,
    [key, given, using]: [&String; 3],
    rule: &[(&'static str, &String)],
) -> (&'a str, Vec<(&'static str, String)>) {
    let mut args = vec![
        ("key", key.clone()),
        ("given", shown(given)),
        ("using", using.clone()),
    ];
    args.extend(rule.iter().map(|(name, value)| (*name, (*value).clone())));
    (id, args)
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
            notices: say(&reader.notices()),
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

/// The values of one enumerated setting and the name the link gives each:
/// `const MODES: Named<Mode> = Named::new(&Mode::ALL, Mode::param);`.
#[derive(Debug, Clone, Copy)]
pub struct Named<T: 'static> {
    all: &'static [T],
    name: fn(T) -> &'static str,
}

impl<T: Copy> Named<T> {
    /// `all` the values, each named by `name`.
    pub const fn new(all: &'static [T], name: fn(T) -> &'static str) -> Self {
        Named { all, name }
    }

    /// Reads the value `key` names: `default` when the key is absent, and (with the reader's
    /// notice listing the names) when the link names none of them.
    pub fn read(&self, reader: &mut ParamReader, key: &str, default: T) -> T {
        let names: Vec<&'static str> = self.all.iter().map(|&t| (self.name)(t)).collect();
        let chosen = reader.choice(key, &names, (self.name)(default));
        self.all
            .iter()
            .copied()
            .find(|&t| (self.name)(t) == chosen)
            .unwrap_or(default)
    }
}

/// A sim's `Params` (what its link sets beside seed, speed and projector mode, already
/// clamped: each field public, `Debug`, `Clone` and `PartialEq`, plus any derive named first)
/// and its `Settings`, the [`Linked`] settings read from the link; the sim implements
/// [`SimParams`] for `Params`:
///
/// ```text
/// dsim_ui::link_params! {
///     /// N, W and R.
///     config: QuorumConfig,
/// }
/// ```
#[macro_export]
macro_rules! link_params {
    (derive($($derive:ident),+); $($(#[$doc:meta])* $field:ident: $ty:ty),+ $(,)?) => {
        $crate::link_params!(@items [$($derive),+] $($(#[$doc])* $field: $ty),+);
    };
    ($($(#[$doc:meta])* $field:ident: $ty:ty),+ $(,)?) => {
        $crate::link_params!(@items [] $($(#[$doc])* $field: $ty),+);
    };
    (@items [$($derive:ident),*] $($(#[$doc:meta])* $field:ident: $ty:ty),+) => {
        /// What the link sets beside seed, speed and projector mode, already clamped.
        #[derive(Debug, Clone, PartialEq $(, $derive)*)]
        pub struct Params {
            $($(#[$doc])* pub $field: $ty,)+
        }

        /// The sim's settings from its link, with the notices about what was changed.
        pub type Settings = $crate::params::Linked<Params>;
    };
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

/// For a sim's tests: the settings `query` reads as, panicking unless reading it gave exactly
/// `notices`, word for word and in order.
pub fn read_noting<P: SimParams>(query: &str, notices: &[&str]) -> Linked<P> {
    let settings = Linked::<P>::from_query(query);
    assert_eq!(settings.notices, notices, "{query}");
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
        let s = read_noting::<Nodes>("?nodes=40", &["nodes=40 is outside 1–9; using nodes=9."]);
        assert_eq!(s.0, 9);
    }

    #[test]
    fn a_named_value_is_read_by_its_name() {
        const ODD: Named<i32> = Named::new(&[3, 5, 7], |n| {
            ["three", "five", "seven"][n as usize / 2 - 1]
        });
        let mut r = ParamReader::new("?n=Five&m=nine");
        assert_eq!(ODD.read(&mut r, "n", 3), 5);
        assert_eq!(ODD.read(&mut r, "m", 7), 7);
        assert_eq!(ODD.read(&mut r, "k", 3), 3);
        assert_eq!(
            say(&r.notices()),
            vec!["m=nine is not one of three, five, seven; using m=seven.".to_string()]
        );
    }

    #[test]
    #[should_panic(expected = "nodes=40")]
    fn reading_cleanly_refuses_a_notice() {
        read_cleanly::<Nodes>("?nodes=40");
    }
}
