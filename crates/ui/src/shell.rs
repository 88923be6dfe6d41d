//! The frame around every sim: title, tool buttons (help, projector mode, full screen, copy
//! link to this state, save image), the screen summary, the notices about changed URL
//! settings, the live narration, the theme, and the keyboard shortcuts that are the same in
//! every sim.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::*;

use crate::env;
use crate::icons::{self, Icon};
use crate::msg::t;
use crate::share;
use crate::summary::ScreenSummary;
use crate::theme::Theme;

/// The words of the overlay a panic shows: its title and its button, in the page's language.
pub fn crash_words() -> (String, String) {
    (t!(CRASH_TITLE), t!(RELOAD))
}

/// Properties of [`SimShell`].
#[derive(Properties, PartialEq)]
pub struct SimShellProps {
    /// The sim's id (its folder and URL name), used to name saved images.
    pub sim_id: AttrValue,
    /// The sim's title.
    pub title: AttrValue,
    /// Every current setting and the seed as a query string (without `?` and without
    /// `projector`, which the shell adds): "Copy link to this state" shares it.
    pub share_query: AttrValue,
    /// The screen summary: what the canvas shows and what the controls do.
    pub about: Html,
    /// The screen summary: the current state in one or two sentences.
    pub state: AttrValue,
    /// Notices about settings from the link that were changed.
    #[prop_or_default]
    pub notices: Rc<Vec<String>>,
    /// The latest narration sentence (announced politely to screen readers).
    pub narration: AttrValue,
    /// Projector mode at start (from `?projector=1`).
    #[prop_or_default]
    pub projector: bool,
    /// Resets the whole sim (Alt+R).
    pub on_reset: Callback<()>,
    /// Plays or pauses (Space), for sims that run on their own.
    #[prop_or_default]
    pub on_play_pause: Option<Callback<()>>,
    /// Advances one step (→), for sims that step.
    #[prop_or_default]
    pub on_step: Option<Callback<()>>,
    /// Sim-specific help shown in the help dialog.
    #[prop_or_default]
    pub help: Html,
    /// The "Take the tour" menu for the tool bar (empty when the sim has no tours).
    #[prop_or_default]
    pub tour_menu: Html,
    /// The current tour step's panel, while a tour runs.
    #[prop_or_default]
    pub tour: Html,
    /// The sim itself.
    pub children: Html,
}

/// The shortcuts' current targets, read by one long-lived key listener.
struct Keys {
    reset: Callback<()>,
    play: Option<Callback<()>>,
    step: Option<Callback<()>>,
    projector: Callback<()>,
    help: Callback<()>,
}

/// Whether a key press belongs to a form control that uses that key itself.
fn typing_target(e: &KeyboardEvent) -> bool {
    let Some(el) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    let tag = el.tag_name().to_ascii_lowercase();
    matches!(tag.as_str(), "input" | "select" | "textarea" | "button")
}

/// Runs the shortcut a key press asks for; returns whether it was one.
fn run_shortcut(e: &KeyboardEvent, k: &Keys) -> bool {
    if e.ctrl_key() || e.meta_key() {
        return false;
    }
    let code = e.code();
    if e.alt_key() {
        if code == "KeyR" {
            k.reset.emit(());
            return true;
        }
        return false;
    }
    if typing_target(e) {
        return false;
    }
    let emit = |c: &Callback<()>| {
        c.emit(());
        true
    };
    match (e.key().as_str(), code.as_str()) {
        (" ", _) => k.play.as_ref().is_some_and(emit),
        ("ArrowRight", _) => k.step.as_ref().is_some_and(emit),
        (_, "KeyF") => {
            env::toggle_full_screen();
            true
        }
        (_, "KeyP") => emit(&k.projector),
        ("?", _) => emit(&k.help),
        _ => false,
    }
}

/// Listens for the shell's shortcuts on the window for the shell's lifetime, always calling
/// the latest `keys`.
#[hook]
fn use_shortcuts(keys: Keys) {
    let latest = use_mut_ref(|| None::<Keys>);
    *latest.borrow_mut() = Some(keys);
    use_effect_with((), move |_| {
        let latest: Rc<RefCell<Option<Keys>>> = latest;
        let listener = web_sys::window().map(|w| {
            EventListener::new_with_options(
                &w,
                "keydown",
                EventListenerOptions::enable_prevent_default(),
                move |e| {
                    let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
                        return;
                    };
                    let handled = latest.borrow().as_ref().is_some_and(|k| run_shortcut(e, k));
                    if handled {
                        e.prevent_default();
                    }
                },
            )
        });
        move || drop(listener)
    });
}

/// A callback that flips a boolean state.
fn toggle(state: &UseStateHandle<bool>) -> Callback<()> {
    let state = state.clone();
    Callback::from(move |_: ()| state.set(!*state))
}

/// "Copy link to this state": shows the link and copies it, reporting whether that worked.
fn copy_link(
    shared: &UseStateHandle<Option<Shared>>,
    query: &str,
    projector: bool,
) -> Callback<MouseEvent> {
    let shared = shared.clone();
    let mut q = query.to_string();
    if projector {
        if !q.is_empty() {
            q.push('&');
        }
        q.push_str("projector=1");
    }
    Callback::from(move |_: MouseEvent| {
        let url = share::link_to_state(&q);
        shared.set(Some(Shared {
            url: url.clone(),
            copied: None,
        }));
        let shared = shared.clone();
        let for_panel = url.clone();
        share::copy_to_clipboard(url, move |ok| {
            shared.set(Some(Shared {
                url: for_panel,
                copied: Some(ok),
            }))
        });
    })
}

/// "Save image": the canvases inside `body` as one PNG on the shell's background.
fn save_image(
    body: &NodeRef,
    shell: &NodeRef,
    status: &UseStateHandle<String>,
    id: &str,
) -> Callback<MouseEvent> {
    let (body, shell, status) = (body.clone(), shell.clone(), status.clone());
    let file = format!("{id}.png");
    Callback::from(move |_: MouseEvent| {
        let Some(body) = body.cast::<web_sys::Element>() else {
            return;
        };
        let background = shell
            .cast::<web_sys::Element>()
            .map(|e| share::background_of(&e))
            .unwrap_or_else(|| "#ffffff".to_string());
        status.set(match share::save_canvases(&body, &background, &file) {
            Some((w, h)) => t!(SAVED_IMAGE, file = &file, width = w, height = h),
            None => t!(NO_IMAGE),
        });
    })
}

/// The shared sim frame.
#[function_component(SimShell)]
pub fn sim_shell(p: &SimShellProps) -> Html {
    let theme = use_state(|| Theme {
        projector: p.projector,
        reduced_motion: env::prefers_reduced_motion(),
    });
    let help_open = use_state(|| false);
    let shared = use_state(|| None::<Shared>);
    let tool_status = use_state(String::new);
    let body_ref = use_node_ref();
    let shell_ref = use_node_ref();
    let toggle_projector = {
        let theme = theme.clone();
        Callback::from(move |_: ()| {
            theme.set(Theme {
                projector: !theme.projector,
                ..*theme
            })
        })
    };
    let toggle_help = toggle(&help_open);
    use_shortcuts(Keys {
        reset: p.on_reset.clone(),
        play: p.on_play_pause.clone(),
        step: p.on_step.clone(),
        projector: toggle_projector.clone(),
        help: toggle_help.clone(),
    });
    let tools = ToolsProps {
        help_open: *help_open,
        projector: theme.projector,
        share_open: shared.is_some(),
        on_help: toggle_help.clone(),
        on_projector: toggle_projector,
        on_copy_link: copy_link(&shared, &p.share_query, theme.projector),
        on_save_image: save_image(&body_ref, &shell_ref, &tool_status, &p.sim_id),
        tour_menu: p.tour_menu.clone(),
    };
    let close_share = {
        let shared = shared.clone();
        Callback::from(move |_: MouseEvent| shared.set(None))
    };
    let class = classes!("sim-shell", theme.projector.then_some("projector"));
    html! {
        <ContextProvider<Theme> context={*theme}>
        <div {class} ref={shell_ref}>
            <header class="sim-header">
                <h1>{ p.title.clone() }</h1>
                <Tools ..tools />
            </header>
            <ScreenSummary about={p.about.clone()} state={p.state.clone()} />
            if let Some(sh) = &*shared { { share_panel(sh, close_share) } }
            <Notices notices={p.notices.clone()} />
            { p.tour.clone() }
            <p class="tool-status visually-hidden" role="status">{ (*tool_status).clone() }</p>
            <div class="sim-body" ref={body_ref}>{ p.children.clone() }</div>
            <p class="narration" role="status" aria-live="polite" aria-atomic="true">{ p.narration.clone() }</p>
            if *help_open {
                <HelpDialog on_close={toggle_help} has_play={p.on_play_pause.is_some()}
                    has_step={p.on_step.is_some()}>{ p.help.clone() }</HelpDialog>
            }
        </div>
        </ContextProvider<Theme>>
    }
}

#[derive(Properties, PartialEq)]
struct ToolsProps {
    help_open: bool,
    projector: bool,
    share_open: bool,
    on_help: Callback<()>,
    on_projector: Callback<()>,
    on_copy_link: Callback<MouseEvent>,
    on_save_image: Callback<MouseEvent>,
    tour_menu: Html,
}

/// The tool buttons in the title bar.
#[function_component(Tools)]
fn tools(p: &ToolsProps) -> Html {
    let on_help = p.on_help.reform(|_: MouseEvent| ());
    let on_projector = p.on_projector.reform(|_: MouseEvent| ());
    let on_full = Callback::from(|_: MouseEvent| env::toggle_full_screen());
    html! {
        <div class="sim-tools" role="toolbar" aria-label={t!(TOOLS)}>
            { p.tour_menu.clone() }
            <button type="button" class="tool" onclick={on_help}
                aria-label={t!(TOOL_HELP)} aria-haspopup="dialog" aria-expanded={p.help_open.to_string()}>{ "?" }</button>
            <button type="button" class="tool" onclick={on_projector} aria-label={t!(TOOL_PROJECTOR)}
                aria-pressed={p.projector.to_string()}>{ icons::icon(Icon::Projector) }<span class="tool-text">{ t!(TOOL_PROJECTOR) }</span></button>
            <button type="button" class="tool" onclick={on_full} aria-label={t!(TOOL_FULL_SCREEN)}>
                { icons::icon(Icon::FullScreen) }<span class="tool-text">{ t!(TOOL_FULL_SCREEN) }</span></button>
            <button type="button" class="tool" onclick={p.on_copy_link.clone()} aria-label={t!(TOOL_COPY_LINK)}
                title={t!(TOOL_COPY_LINK_TITLE)}
                aria-expanded={p.share_open.to_string()}>
                { icons::icon(Icon::Link) }<span class="tool-text">{ t!(TOOL_COPY_LINK_TEXT) }</span></button>
            <button type="button" class="tool" onclick={p.on_save_image.clone()} aria-label={t!(TOOL_SAVE_IMAGE)}
                title={t!(TOOL_SAVE_IMAGE_TITLE)}>
                { icons::icon(Icon::Download) }<span class="tool-text">{ t!(TOOL_SAVE_IMAGE) }</span></button>
        </div>
    }
}

/// The shared link, selectable, with whether the clipboard took it.
fn share_panel(sh: &Shared, on_close: Callback<MouseEvent>) -> Html {
    let select_all = Callback::from(|e: FocusEvent| {
        if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
            input.select();
        }
    });
    let status = match sh.copied {
        None => t!(COPYING),
        Some(true) => t!(COPIED),
        Some(false) => t!(COPY_BY_HAND),
    };
    html! {
        <div class="share-panel" role="group" aria-label={t!(SHARE_GROUP)}>
            <label class="share-link">
                <span>{ t!(SHARE_LABEL) }</span>
                <input type="text" readonly=true value={sh.url.clone()} onfocus={select_all}
                    aria-describedby="share-status" />
            </label>
            <span id="share-status" class="share-status" role="status">{ status }</span>
            <button type="button" class="tool" onclick={on_close} aria-label={t!(SHARE_CLOSE)}>{ "×" }</button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct NoticesProps {
    notices: Rc<Vec<String>>,
}

/// What the link asked for that was changed, until dismissed.
#[function_component(Notices)]
fn notices(p: &NoticesProps) -> Html {
    let open = use_state(|| true);
    if !*open || p.notices.is_empty() {
        return html! {};
    }
    let close = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(false))
    };
    html! {
        <div class="notices" role="note" aria-label={t!(NOTICES)}>
            <ul>{ for p.notices.iter().map(|n| html!{ <li>{ n.clone() }</li> }) }</ul>
            <button type="button" class="tool" onclick={close} aria-label={t!(NOTICES_DISMISS)}>{ "×" }</button>
        </div>
    }
}

/// The link shown by "Copy link to this state", and whether the clipboard took it.
#[derive(Clone, PartialEq)]
struct Shared {
    url: String,
    copied: Option<bool>,
}

#[derive(Properties, PartialEq)]
struct HelpDialogProps {
    on_close: Callback<()>,
    has_play: bool,
    has_step: bool,
    children: Html,
}

#[function_component(HelpDialog)]
fn help_dialog(p: &HelpDialogProps) -> Html {
    let close_ref = use_node_ref();
    {
        let close_ref = close_ref.clone();
        use_effect_with((), move |_| {
            if let Some(b) = close_ref.cast::<web_sys::HtmlElement>() {
                let _ = b.focus();
            }
        });
    }
    let onclick = {
        let cb = p.on_close.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let onkeydown = {
        let cb = p.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                cb.emit(())
            }
        })
    };
    html! {
        <div class="help" role="dialog" aria-modal="true" aria-labelledby="help-title" {onkeydown}>
            <div class="help-card">
                <h2 id="help-title">{ t!(DIALOG_TITLE) }</h2>
                { p.children.clone() }
                <h3>{ t!(DIALOG_KEYBOARD) }</h3>
                <dl class="keys">
                    <dt>{ t!(KEY_TAB) }</dt><dd>{ t!(KEY_TAB_DOES) }</dd>
                    <dt>{ t!(KEY_ENTER) }</dt><dd>{ t!(KEY_ENTER_DOES) }</dd>
                    <dt>{ t!(KEY_ARROWS) }</dt><dd>{ t!(KEY_ARROWS_DOES) }</dd>
                    if p.has_play { <><dt>{ t!(KEY_SPACE) }</dt><dd>{ t!(KEY_SPACE_DOES) }</dd></> }
                    if p.has_step { <><dt>{ "→" }</dt><dd>{ t!(KEY_STEP_DOES) }</dd></> }

                    <dt>{ t!(KEY_RESET) }</dt><dd>{ t!(KEY_RESET_DOES) }</dd>
                    <dt>{ "F" }</dt><dd>{ t!(KEY_FULL_SCREEN_DOES) }</dd>
                    <dt>{ "P" }</dt><dd>{ t!(KEY_PROJECTOR_DOES) }</dd>
                    <dt>{ "?" }</dt><dd>{ t!(KEY_HELP_DOES) }</dd>
                </dl>
                <h3>{ t!(DIALOG_SHARE) }</h3>
                <p>{ t!(DIALOG_SHARE_TEXT) }</p>
                <button type="button" class="btn primary" ref={close_ref} {onclick}>{ t!(CLOSE) }</button>
            </div>
        </div>
    }
}
