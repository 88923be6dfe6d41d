//! A slider over a fixed list of values ("stops"), spaced evenly on the slider however far
//! apart the values are: 12, 25, 50 … 1,000 nodes, or 200 … 100,000 records. Values read
//! from a link snap to the nearest stop on a log scale.

use yew::prelude::*;

use crate::controls::Slider;
use crate::math;

/// The index of the stop nearest to `value` on a log scale (values below 1 count as 1); 0 for
/// an empty list.
pub fn nearest_stop(stops: &[f64], value: f64) -> usize {
    let target = math::ln(value.max(1.0));
    stops
        .iter()
        .enumerate()
        .min_by(|a, b| {
            let da = (math::ln(a.1.max(1.0)) - target).abs();
            let db = (math::ln(b.1.max(1.0)) - target).abs();
            da.total_cmp(&db)
        })
        .map_or(0, |(i, _)| i)
}

/// Properties of [`SteppedSlider`].
#[derive(Properties, PartialEq, Clone)]
pub struct SteppedSliderProps {
    /// The element id (also used to link the label).
    pub id: AttrValue,
    /// The visible label.
    pub label: AttrValue,
    /// The values the slider offers, ascending.
    pub stops: &'static [f64],
    /// The current value (the nearest stop is shown).
    pub value: f64,
    /// The value as shown beside the label.
    pub display: AttrValue,
    /// The value as a screen reader should say it.
    pub value_text: AttrValue,
    /// Called with the chosen stop's value.
    pub on_change: Callback<f64>,
}

/// A labelled slider whose positions are the given stops.
#[function_component(SteppedSlider)]
pub fn stepped_slider(p: &SteppedSliderProps) -> Html {
    let stops = p.stops;
    let on_change = {
        let cb = p.on_change.clone();
        Callback::from(move |i: f64| {
            let i = (i.round().max(0.0) as usize).min(stops.len().saturating_sub(1));
            if let Some(v) = stops.get(i) {
                cb.emit(*v);
            }
        })
    };
    html! {
        <Slider id={p.id.clone()} label={p.label.clone()} min={0.0}
            max={stops.len().saturating_sub(1) as f64}
            value={nearest_stop(stops, p.value) as f64}
            display={p.display.clone()} value_text={p.value_text.clone()} {on_change} />
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STOPS: [f64; 5] = [12.0, 50.0, 100.0, 500.0, 1_000.0];

    #[test]
    fn values_snap_to_the_nearest_stop_on_a_log_scale() {
        assert_eq!(nearest_stop(&STOPS, 12.0), 0);
        assert_eq!(nearest_stop(&STOPS, 30.0), 1);
        assert_eq!(nearest_stop(&STOPS, 220.0), 2);
        assert_eq!(nearest_stop(&STOPS, 230.0), 3);
        assert_eq!(nearest_stop(&STOPS, 1e9), 4);
        assert_eq!(nearest_stop(&STOPS, -5.0), 0);
        assert_eq!(nearest_stop(&STOPS, f64::NAN), 0);
        assert_eq!(nearest_stop(&[], 3.0), 0);
    }
}
