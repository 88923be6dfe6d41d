//! The Raft and fencing modes' own code: Raft's election and replication rules for the model,
//! the sentences only these modes need (elections, votes, commits, fencing tokens), the
//! captions of Raft's messages, and the fencing storage on the canvas.
//!
//! It is a part of its own ([`dsim_ui::part`]): it arrives the first time either mode is
//! chosen, so the naive story (the default) never downloads it. The sim reaches it only
//! through [`ModesPart`], built by the constructor the split point [`modes_code`] returns.
//! Until it is here a model in one of these modes holds still, and what the student does
//! waits in order ([`ModeOp`]).

use std::cell::Cell;
use std::rc::Rc;

use dsim_core::split_brain::{MessageKind, Outcome, RaftRules, SplitBrainEvent, SplitBrainSim};
use dsim_ui::draw::Frame;
use dsim_ui::part::{self, Part, PartFailed};
use dsim_ui::Cx;

use crate::layout::{Layout, Rect};
use crate::{Msg, SplitBrainScenario};

/// What the sim asks of the Raft and fencing modes' code.
pub trait ModesPart: std::fmt::Debug {
    /// Raft's rules, for the model.
    fn raft(&self) -> RaftRules;
    /// An outcome only these modes report, in words (empty for any other).
    fn outcome_text(&self, o: &Outcome) -> String;
    /// A Raft message's captions: the full one and the short one.
    fn captions(&self, kind: &MessageKind) -> (String, String);
    /// Draws the fencing mode's shared storage in `r`.
    fn draw_storage(&self, f: &Frame, sim: &SplitBrainSim, l: &Layout, r: Rect);
}

/// What the student does, or the clock does, while the model waits for these modes' code
/// (done in order when it arrives).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ModeOp {
    /// An action for the model.
    Event(SplitBrainEvent),
    /// "Skip ahead" or →.
    Step,
    /// Reset.
    Reset,
    /// The clock moved on this many model ms.
    Advance(u64),
}

/// Builds the modes' code.
pub type MakeModes = fn() -> Rc<dyn ModesPart>;

/// The modes' code as the sim holds it.
pub type ModesCode = Part<Rc<dyn ModesPart>, ModeOp>;

thread_local! {
    static CODE: Cell<Option<MakeModes>> = const { Cell::new(None) };
}

/// The Raft and fencing modes' code.
#[derive(Debug)]
struct Modes;

fn make() -> Rc<dyn ModesPart> {
    Rc::new(Modes)
}

/// The split point: everything only [`make`] reaches lands in the modes' own module.
#[part::split(sim_split_brain_scenario__modes, fallible, wasm_split_path = dsim_ui::part::split_rt)]
fn modes_code() -> Result<MakeModes, PartFailed> {
    Ok(make)
}

/// The modes' code: at once if it is here, else on its way (the sim then gets
/// [`Msg::ModesCode`]).
pub fn start(cx: &Cx<SplitBrainScenario>) -> ModesCode {
    part::start(&CODE, |f| Box::new(f()), modes_code, Msg::ModesCode, cx)
}

impl ModesPart for Modes {
    fn raft(&self) -> RaftRules {
        RaftRules::new()
    }
    fn outcome_text(&self, o: &Outcome) -> String {
        crate::text::mode_text(o)
    }
    fn captions(&self, kind: &MessageKind) -> (String, String) {
        crate::text::message_captions(kind)
    }
    fn draw_storage(&self, f: &Frame, sim: &SplitBrainSim, l: &Layout, r: Rect) {
        crate::draw::draw_storage(f, sim, l, r);
    }
}

/// The modes' code in a test, as it is once it has arrived.
#[cfg(test)]
pub fn for_tests() -> Rc<dyn ModesPart> {
    make()
}
