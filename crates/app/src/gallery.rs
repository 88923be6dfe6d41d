//! The site's front page: one card per sim, with its preview, its description and its links.

use yew::prelude::*;

use crate::registry::SIMS;

/// The gallery of all sims.
#[function_component(Gallery)]
pub fn gallery() -> Html {
    html! {
        <main class="gallery">
            <header class="gallery-header">
                <h1>{ "Distributed Scaling and Replication: interactive simulations" }</h1>
                <p>{ "Each simulation runs in the page and can be embedded in a course page with an iframe. Every one works with the keyboard, has a projector mode (press P) and takes a " }<code>{ "?seed=" }</code>{ " so a run can be repeated exactly." }</p>
            </header>
            <ul class="cards">
                { for SIMS.iter().map(|s| html! {
                    <li class="card">
                        <a class="card-link" href={format!("sims/{}/main.html", s.id)}>
                            <img src={format!("sims/{0}/{0}.png", s.id)} alt={format!("{} preview", s.title)}
                                width="600" height="315" loading="lazy" />
                            <h2>{ s.title }</h2>
                        </a>
                        <p>{ s.description }</p>
                        <p class="embed"><code>{ format!("<iframe src=\"sims/{}/main.html\" width=\"100%\" height=\"{}\" scrolling=\"no\"></iframe>", s.id, s.height + 2) }</code></p>
                    </li>
                }) }
            </ul>
        </main>
    }
}
