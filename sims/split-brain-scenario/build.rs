//! Compiles this sim's message catalogues (`locales/<lang>.ftl`) into its `msg` module.
fn main() {
    dsim_i18n::compile::build_script("split-brain-scenario", "::dsim_ui::i18n");
}
