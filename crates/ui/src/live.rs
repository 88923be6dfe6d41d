//! A model shared by a sim and its main canvas: the sim changes it, the canvas draws it every
//! frame and keeps animating while the sim plays. The sim keeps a [`Live`] and hands a clone to
//! the canvas as its scene (`type Scene = Live<Model>`), so a frame needs no copy of the model.

use std::cell::{Ref, RefCell, RefMut};
use std::rc::Rc;

use crate::draw::Frame;
use crate::sim::{Cx, Sim};

/// The model and whether the sim plays.
struct Shared<M> {
    model: M,
    playing: bool,
}

/// A model shared by a sim and its canvas (cloning shares it).
pub struct Live<M>(Rc<RefCell<Shared<M>>>);

impl<M> Clone for Live<M> {
    fn clone(&self) -> Self {
        Live(Rc::clone(&self.0))
    }
}

impl<M> Live<M> {
    /// `model`, playing or not.
    pub fn new(model: M, playing: bool) -> Self {
        Live(Rc::new(RefCell::new(Shared { model, playing })))
    }
    /// The model, to read.
    pub fn borrow(&self) -> Ref<'_, M> {
        Ref::map(self.0.borrow(), |s| &s.model)
    }
    /// The model, to change.
    pub fn borrow_mut(&self) -> RefMut<'_, M> {
        RefMut::map(self.0.borrow_mut(), |s| &mut s.model)
    }
    /// Whether the sim plays (as of the last [`Live::sync`]).
    pub fn playing(&self) -> bool {
        self.0.borrow().playing
    }
    /// Takes over whether the sim plays now (after play, pause or a step).
    pub fn sync<S: Sim>(&self, cx: &Cx<S>) {
        self.0.borrow_mut().playing = cx.playing();
    }
    /// Pauses the sim before a step by hand, and the canvas with it.
    pub fn pause<S: Sim>(&self, cx: &mut Cx<S>) {
        cx.set_playing(false);
        self.sync(cx);
    }
    /// One frame of the canvas: `draw` draws the model; returns whether to keep animating
    /// (while the sim plays).
    pub fn draw(&self, frame: &Frame, draw: impl FnOnce(&Frame, &M)) -> bool {
        let shared = self.0.borrow();
        draw(frame, &shared.model);
        shared.playing
    }
}

/// The [`Sim`] methods of a sim whose model is a [`Live`] shared with its canvas, written once:
/// its scene is the `Live` itself, `draw` draws the model, the canvas label, the overlay and the
/// screen summary read the model, and Play or Pause is narrated (with `paused.pick(!playing)`,
/// `paused` a [`Toggle`](crate::format::Toggle)) and passed to the canvas. Used inside
/// `impl Sim for …`, naming the field and the sim's functions and words:
///
/// ```text
/// dsim_ui::live_sim_methods! {
///     live, draw: draw::draw, label: text::canvas_label, overlay: view::node_buttons,
///     summary: text::state_summary, paused: text::PAUSED,
/// }
/// ```
// `crate::msg::SCOPE` names the calling sim's own catalogues, on purpose: `paused` is a
// `Toggle` of two of its messages.
#[allow(clippy::crate_in_macro_def)]
#[macro_export]
macro_rules! live_sim_methods {
    ($live:ident, draw: $draw:path, label: $label:path, overlay: $overlay:path,
     summary: $summary:path, paused: $paused:path $(,)?) => {
        fn scene(&self, _v: &$crate::View<Self>) -> Self::Scene {
            self.$live.clone()
        }
        fn draw(frame: &$crate::Frame, scene: &Self::Scene) -> bool {
            scene.draw(frame, $draw)
        }
        fn canvas_label(&self) -> String {
            $label(&self.$live.borrow())
        }
        fn overlay(&self, v: &$crate::View<Self>) -> yew::Html {
            $overlay(&self.$live.borrow(), v)
        }
        fn state_summary(&self) -> String {
            $summary(&self.$live.borrow(), self.$live.playing())
        }
        fn played(&mut self, playing: bool, cx: &mut $crate::Cx<Self>) {
            cx.narrate(crate::msg::SCOPE.text($paused.pick(!playing), &[]));
            self.$live.sync(cx);
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clone_shares_the_model() {
        let live = Live::new(1, true);
        let canvas = live.clone();
        *live.borrow_mut() = 2;
        assert_eq!(*canvas.borrow(), 2);
        assert!(canvas.playing());
    }
}
