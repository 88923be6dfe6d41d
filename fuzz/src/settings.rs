//! Every sim's own link reader: any query string gives settings that are the same on every
//! read (so never NaN), a speed in range and a bounded list of notices.

fn check<S: PartialEq + std::fmt::Debug>(id: &str, read: impl Fn() -> S, speed: impl Fn(&S) -> f64, notices: impl Fn(&S) -> usize) {
    let (a, b) = (read(), read());
    assert_eq!(a, b, "{id}: reading the same link twice differs");
    assert!((0.25..=10.0).contains(&speed(&a)), "{id}: speed {}", speed(&a));
    assert!(notices(&a) <= 9, "{id}: {} notices", notices(&a));
}

macro_rules! check_all {
    ($(($id:literal, $krate:ident)),* $(,)?) => {
        /// Reads the input as a link's query string with every sim's reader.
        pub fn run(data: &[u8]) {
            let query = String::from_utf8_lossy(data);
            $(check(
                $id,
                || dsim_app::$krate::settings::Settings::from_query(&query),
                |s| s.common.speed,
                |s| s.notices.len(),
            );)*
        }
    };
}
dsim_app::with_sims!(check_all);
