//! Guided tours: a sim tells its own story on the live model, a step at a time. A tour is data:
//! each step has a title, a few sentences, the settings and actions that put the model in the
//! state it describes, the control to point at, and optionally a question whose answer the next
//! step reveals. The host replays a step from its settings and the seed, so Back is exact and
//! every step has a link (`?tour=<id>&step=3`).

use crate::msg::t;
use dsim_core::params::ParamReader;

use crate::sim::Sim;

/// Something a tour step does to the sim after its settings are applied.
#[derive(Debug, Clone, PartialEq)]
pub enum Act<M> {
    /// One of the sim's own messages, as a control would send it.
    Msg(M),
    /// → : one step by hand.
    Step,
    /// Model time passes, in ms, as if the sim played for that long.
    Advance(u64),
}

/// One step of a tour.
pub struct TourStep<S: Sim> {
    /// A few words, shown as the step's heading.
    pub title: &'static str,
    /// One to three sentences about what the student sees now.
    pub text: &'static str,
    /// The settings this step starts from, as a link's query (`n=5&w=3`); `None` goes on from
    /// the previous step's state.
    pub query: Option<&'static str>,
    /// What the step does after its settings, in order.
    pub acts: Vec<Act<S::Msg>>,
    /// A CSS selector of the control or picture the step is about (highlighted).
    pub focus: Option<&'static str>,
    /// A question for the student, with the answer the next step reveals.
    pub ask: Option<(&'static str, &'static str)>,
    /// Whether the model is in the state the step describes (read by the tests, shown to no one).
    pub check: fn(&S) -> bool,
}

impl<S: Sim> TourStep<S> {
    /// A step that goes on from the previous one's state and does nothing more yet; its words
    /// come from the sim's catalogue ([`crate::tour_words::TourWords::tour`]).
    pub fn new(check: fn(&S) -> bool) -> Self {
        TourStep {
            title: "",
            text: "",
            query: None,
            acts: Vec::new(),
            focus: None,
            ask: None,
            check,
        }
    }
    /// Starts the step afresh from these settings (a link's query, seed included if it matters).
    pub fn settings(mut self, query: &'static str) -> Self {
        self.query = Some(query);
        self
    }
    /// Sends the sim one of its messages.
    pub fn send(mut self, msg: S::Msg) -> Self {
        self.acts.push(Act::Msg(msg));
        self
    }
    /// Steps the sim once by hand.
    pub fn step(mut self) -> Self {
        self.acts.push(Act::Step);
        self
    }
    /// Lets `ms` of model time pass.
    pub fn advance(mut self, ms: u64) -> Self {
        self.acts.push(Act::Advance(ms));
        self
    }
    /// Points at a control or picture (a CSS selector within the sim's page).
    pub fn focus(mut self, selector: &'static str) -> Self {
        self.focus = Some(selector);
        self
    }
}

/// A guided tour: a named story of 5 to 9 steps.
pub struct Tour<S: Sim> {
    /// Its id in links (`?tour=<id>`).
    pub id: &'static str,
    /// Its title, as the "Take the tour" menu lists it.
    pub title: &'static str,
    /// Its steps, in order.
    pub steps: Vec<TourStep<S>>,
    /// Steps without words in the catalogue, or words without a step (0 when they match).
    pub unmatched: usize,
}

/// Where a tour stands: which tour, which step (from 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TourAt {
    /// The tour's index in the sim's list.
    pub tour: usize,
    /// The step's index in the tour.
    pub step: usize,
}

impl<S: Sim> Tour<S> {
    /// The index of the step whose settings step `k` starts from (0 when none sets any).
    pub fn base(&self, k: usize) -> usize {
        (0..=k.min(self.steps.len().saturating_sub(1)))
            .rev()
            .find(|&j| self.steps[j].query.is_some())
            .unwrap_or(0)
    }

    /// The query step `k` starts from, with the page's seed unless the tour names its own, and
    /// the page's speed and projector mode.
    pub fn query(&self, k: usize, seed: u64, speed: f64, projector: bool) -> String {
        let own = self
            .steps
            .get(self.base(k))
            .and_then(|s| s.query)
            .unwrap_or("");
        let mut q = own.to_string();
        let mut add = |key: &str, value: String| {
            if !own.split('&').any(|p| p.split('=').next() == Some(key)) {
                if !q.is_empty() {
                    q.push('&');
                }
                q.push_str(&format!("{key}={value}"));
            }
        };
        add("seed", seed.to_string());
        add("speed", dsim_i18n::short(speed));
        if projector {
            add("projector", "1".to_string());
        }
        q
    }

    /// The actions that take a fresh sim from step `k`'s settings to its state, in order.
    pub fn acts(&self, k: usize) -> impl Iterator<Item = &Act<S::Msg>> {
        let end = (k + 1).min(self.steps.len());
        self.steps[self.base(k).min(end)..end]
            .iter()
            .flat_map(|s| s.acts.iter())
    }
}

/// Reads `?tour=<id>&step=<n>` (steps counted from 1): where the page opens, and notices about
/// a tour or step the sim does not have.
pub fn from_query<S: Sim>(query: &str, tours: &[Tour<S>]) -> (Option<TourAt>, Vec<String>) {
    let mut reader = ParamReader::new(query);
    let Some(id) = reader.raw("tour") else {
        return (None, crate::params::say(&reader.notices()));
    };
    let Some(tour) = tours.iter().position(|t| t.id == id) else {
        let names: Vec<&str> = tours.iter().map(|t| t.id).collect();
        reader.note(t!(
            NO_SUCH_TOUR,
            asked = id.chars().take(40).collect::<String>(),
            count = names.len(),
            tours = names.join(", ")
        ));
        return (None, crate::params::say(&reader.notices()));
    };
    let len = tours[tour].steps.len().max(1) as i64;
    let step = reader.int("step", 1..=len, 1) - 1;
    let at = TourAt {
        tour,
        step: step.max(0) as usize,
    };
    (Some(at), crate::params::say(&reader.notices()))
}

/// The link's part that opens tour `at` at its step: `tour=<id>&step=<n>`.
pub fn to_query<S: Sim>(at: TourAt, tours: &[Tour<S>]) -> Option<String> {
    let tour = tours.get(at.tour)?;
    Some(format!("tour={}&step={}", tour.id, at.step + 1))
}

/// For a sim's tests: its tours are well formed — at least two, 5 to 9 steps each, distinct
/// link-safe ids, a first step that sets its settings, every step's settings read without a
/// notice, and a link to every step that opens that step.
pub fn assert_tours_well_formed<S: Sim>() {
    use crate::sim::LinkSettings;
    let tours = S::tours();
    assert!(tours.len() >= 2, "{}: at least two tours", S::INFO.id);
    for (t, tour) in tours.iter().enumerate() {
        let id_ok = tour
            .id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        assert!(id_ok && !tour.id.is_empty(), "tour id {:?}", tour.id);
        assert!(
            tours.iter().filter(|o| o.id == tour.id).count() == 1,
            "{}",
            tour.id
        );
        assert!(
            (5..=9).contains(&tour.steps.len()),
            "{}: 5 to 9 steps",
            tour.id
        );
        assert!(
            tour.steps[0].query.is_some(),
            "{}: step 1 sets its settings",
            tour.id
        );
        for (k, step) in tour.steps.iter().enumerate() {
            let settings = S::Settings::from_query(&tour.query(k, 1, 1.0, true));
            assert!(
                settings.notices().is_empty(),
                "{} step {}: {:?}",
                tour.id,
                k + 1,
                settings.notices()
            );
            let link = to_query(TourAt { tour: t, step: k }, &tours).unwrap_or_default();
            assert_eq!(
                from_query(&link, &tours),
                (Some(TourAt { tour: t, step: k }), vec![])
            );
            assert!(
                !step.title.is_empty() && !step.text.is_empty(),
                "{} step {}",
                tour.id,
                k + 1
            );
        }
        let past_end = from_query(&format!("tour={}&step=99", tour.id), &tours);
        let last = tour.steps.len() - 1;
        assert_eq!(
            (past_end.0, past_end.1.len()),
            (
                Some(TourAt {
                    tour: t,
                    step: last
                }),
                1
            )
        );
    }
    let (none, notices) = from_query("tour=no-such-tour", &tours);
    assert!(none.is_none() && notices.len() == 1, "{notices:?}");
}
