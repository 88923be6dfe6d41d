//! The Bully algorithm (Garcia-Molina 1982): a node that misses the coordinator sends
//! ELECTION to every higher id; any higher node alive answers OK and takes over; a node that
//! hears no OK in time declares itself COORDINATOR to all. The highest id that can answer wins,
//! and nothing stops two sides of a partition from each crowning their own.

use super::{
    ElectionSim, Happening, Message, MessageKind, Role, StepDown, BULLY_ANSWER_MS,
    BULLY_COORDINATOR_WAIT_MS, HEARTBEAT_MS,
};

impl ElectionSim {
    /// Node `i` starts an election: ELECTION to every higher id, or, if it is the highest,
    /// COORDINATOR at once.
    pub(super) fn bully_start(&mut self, i: usize, out: &mut Vec<Happening>) {
        self.stats.elections += 1;
        out.push(Happening::ElectionStarted { node: i, term: 0 });
        let n = self.nodes.len();
        if i + 1 == n {
            self.bully_lead(i, out);
            return;
        }
        let node = &mut self.nodes[i];
        node.role = Role::Candidate;
        node.leader = None;
        node.beat_ms = None;
        self.set_timer(i, BULLY_ANSWER_MS);
        for to in i + 1..n {
            self.send(i, to, MessageKind::Election);
        }
    }

    /// Node `i` is the highest that answered: it tells everyone.
    fn bully_lead(&mut self, i: usize, out: &mut Vec<Happening>) {
        self.won(i, out);
        self.broadcast(i, MessageKind::Coordinator);
    }

    /// A timer fires: a follower missed the coordinator, a candidate heard no OK (it wins), a
    /// waiting node heard no COORDINATOR (it starts again).
    pub(super) fn bully_timeout(&mut self, i: usize, out: &mut Vec<Happening>) {
        match self.nodes[i].role {
            Role::Candidate => self.bully_lead(i, out),
            Role::Leader => {}
            _ => self.bully_start(i, out),
        }
    }

    /// The coordinator's heartbeat.
    pub(super) fn bully_beat(&mut self, i: usize) {
        if self.nodes[i].role != Role::Leader {
            return;
        }
        self.broadcast(i, MessageKind::Alive);
        self.nodes[i].beat_ms = Some(self.now.saturating_add(HEARTBEAT_MS));
    }

    fn electing(&self, i: usize) -> bool {
        matches!(self.nodes[i].role, Role::Candidate | Role::Waiting)
    }

    pub(super) fn bully_receive(&mut self, m: Message, out: &mut Vec<Happening>) {
        let (from, to) = (m.from, m.to);
        match m.kind {
            MessageKind::Election => {
                self.send(to, from, MessageKind::Ok);
                if !self.electing(to) {
                    self.bully_start(to, out);
                }
            }
            MessageKind::Ok if self.nodes[to].role == Role::Candidate => {
                self.nodes[to].role = Role::Waiting;
                self.set_timer(to, BULLY_COORDINATOR_WAIT_MS);
            }
            MessageKind::Coordinator | MessageKind::Alive => self.bully_hear(to, from, out),
            _ => {}
        }
    }

    /// Node `to` hears a coordinator: a lower one it bullies (starts an election); a higher
    /// one it follows (stepping down if it led).
    fn bully_hear(&mut self, to: usize, from: usize, out: &mut Vec<Happening>) {
        if from < to {
            if !self.electing(to) && self.nodes[to].role != Role::Leader {
                self.bully_start(to, out);
            } else if self.nodes[to].role == Role::Leader {
                self.send(to, from, MessageKind::Coordinator);
            }
            return;
        }
        let node = &mut self.nodes[to];
        if node.role == Role::Leader {
            let cause = StepDown::HigherNode(from);
            out.push(Happening::SteppedDown { node: to, cause });
        }
        node.role = Role::Follower;
        node.leader = Some(from);
        node.beat_ms = None;
        node.heard_leader_ms = Some(self.now);
        self.reset_timer(to);
    }
}
