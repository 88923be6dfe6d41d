//! How [`SimHost`] runs a tour: a step is replayed from its settings and the seed on a fresh
//! sim (so Back is exact), then shown still, with the tour's panel and a link to the step.

use yew::html::Scope;
use yew::prelude::*;

use super::{fresh, HostMsg, SimHost};
use crate::sim::{LinkSettings, Sim};
use crate::tour::{self, Act, TourAt};
use crate::tour_view::{TourMenu, TourPanel};

impl<S: Sim> SimHost<S> {
    /// Puts the sim in the state of tour step `at`: its settings afresh, then every action from
    /// those settings' step to this one, then paused.
    pub(super) fn tour_go(&mut self, ctx: &Context<Self>, at: TourAt) {
        let tours = self.tours.clone();
        let Some(tour) = tours.get(at.tour) else {
            return;
        };
        let step = at.step.min(tour.steps.len().saturating_sub(1));
        let common = self.settings.common();
        let query = tour.query(step, common.seed, common.speed, common.projector);
        self.settings = S::Settings::from_query(&query);
        self.ticker = None;
        self.clock.stop();
        let (sim, narration, _) = fresh::<S>(&self.settings, ctx, self.size);
        (self.sim, self.narration, self.playing) = (sim, narration, false);
        let mut ran = false;
        for act in tour.acts(step) {
            ran |= matches!(act, Act::Advance(_));
            self.tour_act(ctx, act);
        }
        if ran {
            // Time ran as if playing; tell the sim it stopped, keeping what the step showed.
            let said = self.narration.clone();
            self.playing = false;
            self.with_cx(ctx, |sim, cx| sim.played(false, cx));
            self.narration = said;
        }
        self.playing = false;
        self.tour = Some(TourAt {
            tour: at.tour,
            step,
        });
    }

    /// One action of a tour step.
    fn tour_act(&mut self, ctx: &Context<Self>, act: &Act<S::Msg>) {
        match act {
            Act::Msg(m) => {
                self.with_cx(ctx, |sim, cx| sim.update(m.clone(), cx));
            }
            Act::Step => self.with_cx(ctx, |sim, cx| sim.step(cx)),
            Act::Advance(ms) => {
                let chunk = u64::from(S::INFO.tick_ms.max(1));
                let mut left = *ms;
                while left > 0 {
                    let dt = left.min(chunk);
                    self.playing = true;
                    self.with_cx(ctx, |sim, cx| sim.advance(dt, cx));
                    left -= dt;
                }
            }
        }
    }

    /// The link to this state: the sim's settings, and the tour step while a tour runs.
    pub(super) fn share_query(&self) -> String {
        let mut q = self.sim.share_query(self.settings.common());
        if let Some(part) = self.tour.and_then(|at| tour::to_query(at, &self.tours)) {
            if !q.is_empty() {
                q.push('&');
            }
            q.push_str(&part);
        }
        q
    }

    /// For tests: panics unless the sim's tours are well formed
    /// ([`tour::assert_tours_well_formed`]).
    pub fn assert_tours_well_formed() {
        tour::assert_tours_well_formed::<S>();
    }

    /// The tool bar's "Take the tour" menu.
    pub(super) fn tour_menu(&self, link: &Scope<Self>) -> Html {
        let titles: Vec<AttrValue> = self.tours.iter().map(|t| t.title.into()).collect();
        let on_start = link.callback(|tour| HostMsg::TourGo(TourAt { tour, step: 0 }));
        html! { <TourMenu {titles} {on_start} /> }
    }

    /// The panel of the tour step on screen, if any.
    pub(super) fn tour_panel(&self, link: &Scope<Self>) -> Html {
        let Some(at) = self.tour else {
            return Html::default();
        };
        let Some(tour) = self.tours.get(at.tour) else {
            return Html::default();
        };
        let Some(step) = tour.steps.get(at.step) else {
            return Html::default();
        };
        let answer = at
            .step
            .checked_sub(1)
            .and_then(|k| tour.steps[k].ask)
            .map(|(_, a)| AttrValue::from(a));
        let t = at.tour;
        html! {
            <TourPanel tour={tour.title} step={at.step} steps={tour.steps.len()}
                title={step.title} text={step.text} ask={step.ask.map(|(q, _)| AttrValue::from(q))}
                {answer} ok={(step.check)(&self.sim)} focus={step.focus.map(AttrValue::from)}
                on_go={link.callback(move |step| HostMsg::TourGo(TourAt { tour: t, step }))}
                on_exit={link.callback(|_| HostMsg::TourExit)} />
        }
    }
}
